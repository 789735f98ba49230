using Campus.Testing;
using Microsoft.Playwright;

namespace Campus.BrowserTests;

public static class BrowserSignIn
{
    public static async Task AsAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(CampusWebFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }
}
