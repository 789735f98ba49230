using Campus.Domain.Email;
using Campus.Infrastructure.DemoData;
using Campus.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Campus.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ChangeRequestJourneyTests(BrowserHost browser)
{
    [Fact]
    public async Task Parent_asks_for_a_new_address_staff_approve_it_and_the_parent_sees_it_and_gets_the_email()
    {
        var street = $"{Random.Shared.Next(1000, 9999)} Larkspur Lane";

        var parent = await browser.NewPageAsync(width: 390, height: 844);
        await BrowserSignIn.AsAsync(parent, DemoAccounts.Parent);
        await parent.GetByRole(AriaRole.Link, new() { Name = "Update information" }).ClickAsync();
        await parent.Locator("a[data-kind='home-address']").First.ClickAsync();
        await parent.GetByLabel("Street address").FillAsync(street);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Status)).ToContainTextAsync("sent to school staff");
        await parent.GotoAsync("/family");
        await Assertions.Expect(parent.Locator("main")).Not.ToContainTextAsync(street);

        var staff = await browser.NewPageAsync();
        await BrowserSignIn.AsAsync(staff, DemoAccounts.Staff);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Change requests" }).ClickAsync();
        await staff.Locator("table.queue tbody tr").Last.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(staff.Locator("table.diff")).ToContainTextAsync(street);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Approve checked fields" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#notice")).ToContainTextAsync("Decision saved");
        await staff.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "staff-request-approved.png"), FullPage = true });

        await parent.ReloadAsync();
        await Assertions.Expect(parent.Locator("main")).ToContainTextAsync(street);
        await parent.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, "family-new-address.png"), FullPage = true });

        var messages = await browser.Host.Smtp.WaitForAsync(
            received => received.Any(m => m.To.Mailboxes.Any(a => a.Address == DemoAccounts.Parent) && (m.TextBody ?? "").Contains(street)),
            TimeSpan.FromSeconds(60));
        var email = Assert.Single(messages, m => (m.TextBody ?? "").Contains(street));
        Assert.Contains("Approved", email.Subject);
        var rows = await browser.Host.WithDbAsync(db => db.OutboxMessages.Where(m => (m.TextBody ?? "").Contains(street)).ToListAsync());
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }
}
