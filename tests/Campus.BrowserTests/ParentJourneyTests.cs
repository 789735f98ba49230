using Campus.Infrastructure.DemoData;
using Campus.Testing;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Campus.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ParentJourneyTests(BrowserHost browser)
{
    [Fact]
    public async Task Parent_signs_in_opens_a_student_and_reveals_the_locker_combination()
    {
        var page = await browser.NewPageAsync();
        await BrowserSignIn.AsAsync(page, DemoAccounts.Parent);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Message Center", Level = 1 })).ToBeVisibleAsync();

        var studentLinks = page.Locator("nav.site-nav a[href^='/students/']");
        Assert.True(await studentLinks.CountAsync() >= 2, "the parent's nav lists both students");
        await studentLinks.First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Locker" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/locker", StringComparison.Ordinal));

        var combination = page.Locator("#locker-combination");
        Assert.Equal(0, await combination.CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Show combination" }).ClickAsync();

        await Assertions.Expect(combination).ToBeVisibleAsync();
        Assert.Matches(@"\d{1,2}-\d{1,2}-\d{1,2}", await combination.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "locker-combination.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/family")]
    [InlineData("/calendar")]
    [InlineData("/requests")]
    [InlineData("/requests/new/emergency-contacts/{student}")]
    public async Task Parent_pages_have_no_serious_accessibility_violations_on_a_phone(string path)
    {
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await BrowserSignIn.AsAsync(page, DemoAccounts.Parent);
        var student = (await DemoFamilies.ParentStudentIdsAsync(browser.Host))[0];
        path = path.Replace("{student}", student.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GotoAsync(path);

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ToList();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, $"phone{path.Replace('/', '-').Replace(':', '-')}.png"), FullPage = true });
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [Theory]
    [InlineData("/staff/requests")]
    [InlineData("/admin/plugins")]
    public async Task Staff_and_admin_pages_have_no_serious_accessibility_violations(string path)
    {
        var page = await browser.NewPageAsync();
        await BrowserSignIn.AsAsync(page, DemoAccounts.Admin);
        await page.GotoAsync(path);

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
