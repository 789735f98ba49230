using System.Globalization;
using System.Net;
using Campus.Domain.ChangeRequests;
using Campus.Domain.Email;
using Campus.Domain.Plugins;
using Campus.Infrastructure.DemoData;
using Campus.Infrastructure.Plugins;
using Campus.Testing;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Campus.Testing.FormSubmission;

namespace Campus.Hosting.Tests;

/// <summary>
/// The test-only probe plugin (tests/Plugins/Campus.Plugins.Probe) uses the parts of the plugin contract no shipped
/// plugin uses yet: <c>AddRecurringJob</c> and <c>AddChangeRequestKind</c>. Each test runs a host of its own whose
/// plugins folder holds the shipped plugins and the probe.
/// </summary>
public sealed class ProbePluginTests
{
    private const string PluginId = "probe";
    private const string RecurringJobId = "plugin:probe:heartbeat";
    private const string JobRanAction = "probe-job-ran";
    private const string KindKey = "probe-state-id";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Its_recurring_job_runs_when_triggered_and_does_nothing_once_the_plugin_is_off_district_wide()
    {
        using var plugins = TestPlugins.FolderWith(PluginId);
        using var host = new CampusWebFactory { PluginsPath = plugins.Path };
        var catalog = host.Services.GetRequiredService<PluginCatalog>();
        Assert.Equal(["locker", PluginId], catalog.Loaded.Select(p => p.Manifest.Id).Order(StringComparer.Ordinal));
        Assert.Empty(catalog.Rejected);
        var storage = host.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            Assert.Contains(connection.GetRecurringJobs(), j => j.Id == RecurringJobId && j.Cron == "* * * * *");
        }

        var jobs = Assert.IsAssignableFrom<IRecurringJobManagerV2>(host.Services.GetRequiredService<IRecurringJobManager>());
        var before = await JobRunsAsync(host);

        var firstRun = jobs.TriggerJob(RecurringJobId);
        await WaitUntilAsync(async () => await JobRunsAsync(host) > before, () => "the probe job to write its audit row");
        await WaitForSucceededAsync(storage, firstRun);

        await host.WithDbAsync(db =>
        {
            db.PluginSettings.Add(new PluginSetting { PluginId = PluginId, SchoolId = null, IsEnabled = false });
            return db.SaveChangesAsync();
        });
        // The job is also on a once-a-minute cron: a run the cron started before the switch may still be writing.
        // Let Hangfire go idle before counting, so that only the triggered run below can change the count.
        await Outbox.WaitForIdleJobsAsync(host);
        var whileOn = await JobRunsAsync(host);

        var secondRun = jobs.TriggerJob(RecurringJobId);
        // Succeeded is set only after PluginJobRunner.RunAsync has returned: had it run the job, the audit row would
        // be saved by now. So waiting for that state gives the job its full chance to write, with no fixed sleep.
        await WaitForSucceededAsync(storage, secondRun);

        Assert.Equal(whileOn, await JobRunsAsync(host));
    }

    [Fact]
    public async Task Its_change_request_kind_is_offered_validated_approved_and_applied_with_one_email()
    {
        using var plugins = TestPlugins.FolderWith(PluginId);
        using var host = new CampusWebFactory { PluginsPath = plugins.Path };
        using var parent = host.CreatePortalClient();
        await parent.SignInOrThrowAsync(DemoAccounts.Parent);
        using var staff = host.CreatePortalClient();
        await staff.SignInOrThrowAsync(DemoAccounts.Staff);
        var student = await ParentsStudentAtStaffSchoolAsync(host);
        var formPath = $"/requests/new/{KindKey}/{student}";

        var choices = await parent.GetDocumentAsync("/requests");
        var card = Assert.Single(choices.QuerySelectorAll("article.card"), c => c.QuerySelector($"a[data-kind='{KindKey}']") is not null);
        Assert.Equal("State student ID (probe)", card.QuerySelector("h3")!.TextContent.Trim());
        Assert.Contains(card.QuerySelectorAll("a"), a => a.GetAttribute("href") == formPath);

        var requestsBefore = await host.WithDbAsync(db => db.ChangeRequests.CountAsync());
        var refused = await parent.SubmitAsync(formPath, "form.request-form", Change(("Values[StateId]", "CO12345")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = PortalClient.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(
            "Enter the state student ID as CO followed by 10 digits, such as CO1234567890.",
            refusedPage.QuerySelector(".field-error[data-field='StateId']")?.TextContent.Trim());
        Assert.Equal("CO12345", refusedPage.QuerySelector("input[name='Values[StateId]']")!.GetAttribute("value"));
        Assert.Equal(requestsBefore, await host.WithDbAsync(db => db.ChangeRequests.CountAsync()));

        var digits = Random.Shared.NextInt64(1_000_000_000, 10_000_000_000).ToString(CultureInfo.InvariantCulture);
        var stateId = "CO" + digits;
        var sent = await parent.SubmitAsync(formPath, "form.request-form", Change(("Values[StateId]", $"co {digits[..4]}-{digits[4..]}")));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var requestId = await host.WithDbAsync(db => db.ChangeRequests.Where(r => r.Kind == KindKey).Select(r => r.Id).SingleAsync());
        var field = Assert.Single((await RequestAsync(host, requestId)).Fields);
        Assert.Equal(("StateId", stateId), (field.Field, field.RequestedValue));

        var decided = await staff.SubmitAsync($"/staff/requests/{requestId}", "main form", new Dictionary<string, string[]>(), $"/staff/requests/{requestId}?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(ChangeRequestStatus.Approved, (await RequestAsync(host, requestId)).Status);
        Assert.Equal(stateId, await host.WithDbAsync(db => db.Students.Where(s => s.Id == student).Select(s => s.StateId).SingleAsync()));
        var rows = await host.WithDbAsync(db => db.OutboxMessages.Where(m => m.ChangeRequestId == requestId).ToListAsync());
        var row = Assert.Single(rows);
        await Outbox.WaitForRowsAsync(host, rows, r => r.Status == OutboxStatus.Sent);
        await host.Smtp.WaitForAsync(messages => Outbox.CountReceived(host, row) > 0, Patience);
        Assert.Equal(1, Outbox.CountReceived(host, row));
        var email = host.Smtp.Messages.Single(m => m.MessageId == row.MessageId.Trim('<', '>'));
        Assert.Equal(DemoAccounts.Parent, email.To.Mailboxes.Single().Address);
        Assert.Contains("Approved", email.Subject);
        Assert.Contains(stateId, email.TextBody);

        // Switched off for the student's school, the plugin's kind is neither offered nor accepted there.
        var schoolId = await host.WithDbAsync(db => db.Students.Where(s => s.Id == student).Select(s => s.SchoolId).SingleAsync());
        await host.WithDbAsync(db =>
        {
            db.PluginSettings.Add(new PluginSetting { PluginId = PluginId, SchoolId = schoolId, IsEnabled = false });
            return db.SaveChangesAsync();
        });
        var offered = await parent.GetDocumentAsync("/requests");
        Assert.DoesNotContain(offered.QuerySelectorAll("a"), a => a.GetAttribute("href") == formPath);
        Assert.Equal(HttpStatusCode.NotFound, (await parent.Http.GetAsync(formPath)).StatusCode);
        var token = offered.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await parent.Http.PostAsync(formPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Values[StateId]"] = "CO" + digits[..9] + "7",
        }));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }

    private static Task<int> JobRunsAsync(CampusWebFactory host) =>
        host.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == JobRanAction && a.EntityId == PluginId));

    private static Task<ChangeRequest> RequestAsync(CampusWebFactory host, int requestId) =>
        host.WithDbAsync(db => db.ChangeRequests.AsNoTracking().Include(r => r.Fields).SingleAsync(r => r.Id == requestId));

    /// <summary>One of the demo parent's students at the staff member's school, so that staff may decide the request.</summary>
    private static async Task<int> ParentsStudentAtStaffSchoolAsync(CampusWebFactory host)
    {
        var own = await DemoFamilies.ParentStudentIdsAsync(host);
        return await host.WithDbAsync(db =>
        {
            var staffSchools = db.StaffMembers.Where(s => s.Email == DemoAccounts.Staff).SelectMany(s => s.Schools.Select(x => x.SchoolId));
            return db.Students.Where(s => own.Contains(s.Id) && staffSchools.Contains(s.SchoolId)).Select(s => s.Id).FirstAsync();
        });
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what()}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until Hangfire has finished the background job; a failed job fails the test with its reason.</summary>
    private static async Task WaitForSucceededAsync(JobStorage storage, string? jobId)
    {
        Assert.NotNull(jobId);
        string? state = null;
        await WaitUntilAsync(() =>
        {
            using var connection = storage.GetConnection();
            var data = connection.GetStateData(jobId);
            state = data?.Name;
            if (state == FailedState.StateName)
            {
                throw new InvalidOperationException($"Job {jobId} failed: {data!.Reason} {string.Join("; ", data.Data.Select(d => $"{d.Key}={d.Value}"))}");
            }

            return Task.FromResult(state == SucceededState.StateName);
        }, () => $"job {jobId} to succeed (last state {state ?? "none"})");
    }
}
