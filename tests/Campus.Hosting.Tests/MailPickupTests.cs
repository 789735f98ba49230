using Campus.Domain.Email;
using Campus.Infrastructure.DemoData;
using Campus.Testing;

namespace Campus.Hosting.Tests;

/// <summary>With no SMTP host the embedded default still shows the whole flow: mail lands in the pickup folder.</summary>
public sealed class MailPickupTests
{
    [Fact]
    public async Task Without_an_smtp_host_mail_is_written_to_the_pickup_folder_and_shown_to_admins()
    {
        using var host = new CampusWebFactory { UseSmtp = false };
        using var admin = host.CreatePortalClient();
        await admin.SignInOrThrowAsync(DemoAccounts.Admin);
        var row = (await Outbox.InsertAsync(host, 1))[0];

        await Outbox.DispatchAsync(host, [row.Id]);
        await Outbox.WaitForRowsAsync(host, [row], r => r.Status == OutboxStatus.Sent);

        var file = Path.Combine(host.MailPickupPath, $"outbox-{row.Id}.eml");
        var eml = await File.ReadAllTextAsync(file);
        Assert.Contains($"Message-Id: {row.MessageId}", eml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("multipart/alternative", eml);
        Assert.Empty(host.Smtp.Messages);

        var detail = await admin.GetDocumentAsync($"/admin/outbox/{row.Id}");
        Assert.Contains(row.MessageId, detail.QuerySelector("pre.eml")!.TextContent);
    }
}
