using System.Net;
using Campus.Domain.Email;
using Campus.Infrastructure.DemoData;
using Campus.Infrastructure.Email;
using Campus.Testing;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Web.Tests;

/// <summary>The email pipeline through the real host: real SQLite, real Hangfire, MailKit and a real SMTP server on 127.0.0.1.</summary>
[Collection(HostCollection.Name)]
public sealed class OutboxTests(CampusWebFactory host)
{
    [Fact]
    public async Task Each_row_is_sent_exactly_once_with_its_stable_message_id()
    {
        var rows = await Outbox.InsertAsync(host, 3);

        await Outbox.DispatchAsync(host, rows.Select(r => r.Id));
        await Outbox.WaitForRowsAsync(host, rows, r => r.Status == OutboxStatus.Sent);
        await Outbox.DispatchAsync(host, rows.Select(r => r.Id));
        await Outbox.WaitForIdleJobsAsync(host);

        foreach (var row in rows)
        {
            Assert.Equal(1, Outbox.CountReceived(host, row));
            var received = host.Smtp.Messages.Single(m => m.MessageId == row.MessageId.Trim('<', '>'));
            Assert.Equal(row.ToAddress, received.To.Mailboxes.Single().Address);
            Assert.Equal(row.Subject, received.Subject);
            Assert.Contains("approved", received.TextBody);
            Assert.Contains("<strong>approved</strong>", received.HtmlBody);
        }

        Assert.All(await Outbox.RowsAsync(host, rows), r => Assert.Equal(1, r.Attempts));
    }

    [Fact]
    public async Task Concurrent_jobs_for_the_same_row_send_it_once()
    {
        var row = (await Outbox.InsertAsync(host, 1))[0];

        await Outbox.DispatchAsync(host, [row.Id]);
        await Outbox.DispatchAsync(host, [row.Id]);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxSendJob>().SendAsync(row.Id, CancellationToken.None);
        }));
        await Outbox.WaitForRowsAsync(host, [row], r => r.Status == OutboxStatus.Sent);
        await Outbox.WaitForIdleJobsAsync(host);

        Assert.Equal(1, Outbox.CountReceived(host, row));
        Assert.Equal(1, (await Outbox.RowsAsync(host, [row]))[0].Attempts);
    }

    [Fact]
    public async Task Smtp_down_at_dispatch_and_back_later_delivers_each_row_once()
    {
        var rows = await Outbox.InsertAsync(host, 3);
        await host.Smtp.StopAsync();
        try
        {
            await Outbox.DispatchAsync(host, rows.Select(r => r.Id));
            var failed = await Outbox.WaitForRowsAsync(host, rows, r => r.Attempts >= 1 && r.Status == OutboxStatus.Pending);
            Assert.All(failed, r => Assert.NotNull(r.LastError));
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        finally
        {
            await host.Smtp.StartAsync();
        }

        var sent = await Outbox.WaitForRowsAsync(host, rows, r => r.Status == OutboxStatus.Sent);
        await Outbox.WaitForIdleJobsAsync(host);

        Assert.All(sent, r => Assert.True(r.Attempts >= 2, $"row {r.Id} was sent on attempt {r.Attempts}"));
        Assert.All(rows, r => Assert.Equal(1, Outbox.CountReceived(host, r)));
    }

    [Fact]
    public async Task A_permanent_rejection_fails_the_row_without_retrying_and_admins_see_it()
    {
        var address = $"unknown-{Guid.NewGuid():N}@example.test";
        host.Smtp.RejectRecipient(address);
        var row = (await Outbox.InsertAsync(host, 1, toAddress: address))[0];

        await Outbox.DispatchAsync(host, [row.Id]);
        await Outbox.WaitForRowsAsync(host, [row], r => r.Status == OutboxStatus.Failed);
        await Outbox.WaitForIdleJobsAsync(host);

        var failed = (await Outbox.RowsAsync(host, [row]))[0];
        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith("550 RecipientNotAccepted", failed.LastError);
        Assert.Equal(0, Outbox.CountReceived(host, row));

        using var admin = host.CreatePortalClient();
        await admin.SignInOrThrowAsync(DemoAccounts.Admin);
        var page = await admin.GetDocumentAsync("/admin/outbox?status=Failed");
        var shown = page.QuerySelector($"tr[data-outbox-id='{row.Id}']");
        Assert.NotNull(shown);
        Assert.Contains("550", shown.QuerySelector(".last-error")!.TextContent);
        Assert.Equal("1", shown.QuerySelector(".attempts")!.TextContent.Trim());
    }

    [Fact]
    public async Task Rows_committed_without_a_dispatch_are_sent_by_the_sweep()
    {
        var rows = await Outbox.InsertAsync(host, 2, age: TimeSpan.FromMinutes(5));

        host.Services.GetRequiredService<IRecurringJobManager>().Trigger(OutboxSweepJob.RecurringJobId);

        await Outbox.WaitForRowsAsync(host, rows, r => r.Status == OutboxStatus.Sent);
        await Outbox.WaitForIdleJobsAsync(host);
        Assert.All(rows, r => Assert.Equal(1, Outbox.CountReceived(host, r)));
    }

    [Theory]
    [InlineData("/admin/jobs")]
    [InlineData("/admin/outbox")]
    public async Task Only_district_admins_reach_the_admin_pages(string path)
    {
        using var parent = host.CreatePortalClient();
        await parent.SignInOrThrowAsync(DemoAccounts.Parent);
        var denied = await parent.Http.GetAsync(path);
        Assert.True(
            denied.StatusCode == HttpStatusCode.NotFound
            || (denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.OriginalString.Contains("/Account/Login")),
            $"{path} answered {(int)denied.StatusCode} to a parent");

        using var anonymous = host.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.Http.GetAsync(path)).StatusCode);

        using var admin = host.CreatePortalClient();
        await admin.SignInOrThrowAsync(DemoAccounts.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync(path)).StatusCode);
    }
}
