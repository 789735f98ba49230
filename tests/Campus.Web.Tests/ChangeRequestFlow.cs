using System.Net;
using Campus.Domain.ChangeRequests;
using Campus.Domain.Email;
using Campus.Infrastructure.DemoData;
using Campus.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Campus.Web.Tests;

/// <summary>Drives a change request through the real pages: a parent asks, a reviewer decides, mail goes out.</summary>
internal static class ChangeRequestFlow
{
    public static async Task<int> SubmitAsync(CampusWebFactory host, PortalClient parent, string kind, int targetId, Dictionary<string, string[]> changes)
    {
        var before = await host.WithDbAsync(db => db.ChangeRequests.Select(r => (int?)r.Id).MaxAsync()) ?? 0;
        var response = await parent.SubmitAsync($"/requests/new/{kind}/{targetId}", "form.request-form", changes);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
            var errors = string.Join("; ", page.QuerySelectorAll(".field-error, .error-summary").Select(e => e.TextContent.Trim()));
            throw new InvalidOperationException($"Submitting {kind} answered {(int)response.StatusCode}: {errors}");
        }

        return await host.WithDbAsync(db => db.ChangeRequests.Where(r => r.Id > before && r.Kind == kind).Select(r => r.Id).SingleAsync());
    }

    public static Task<HttpResponseMessage> DecideAsync(PortalClient reviewer, int requestId, string handler, Dictionary<string, string[]>? changes = null) =>
        reviewer.SubmitAsync($"/staff/requests/{requestId}", "main form", changes ?? [], $"/staff/requests/{requestId}?handler={handler}");

    /// <summary>Waits until every outbox row of the request is sent, then returns what the SMTP server received for them.</summary>
    public static async Task<List<MimeMessage>> EmailsForAsync(CampusWebFactory host, int requestId)
    {
        var rows = await host.WithDbAsync(db => db.OutboxMessages.Where(m => m.ChangeRequestId == requestId).ToListAsync());
        var sent = await Outbox.WaitForRowsAsync(host, rows, r => r.Status == OutboxStatus.Sent);
        var ids = sent.Select(r => r.MessageId.Trim('<', '>')).ToHashSet();
        var received = await host.Smtp.WaitForAsync(messages => ids.All(id => messages.Any(m => m.MessageId == id)), Outbox.Patience);
        return received.Where(m => m.MessageId is not null && ids.Contains(m.MessageId)).ToList();
    }

    public static Task<ChangeRequest> RequestAsync(CampusWebFactory host, int requestId) =>
        host.WithDbAsync(db => db.ChangeRequests.AsNoTracking().Include(r => r.Fields).SingleAsync(r => r.Id == requestId));

    public static Task<int> HouseholdOfAsync(CampusWebFactory host, string guardianEmail) =>
        host.WithDbAsync(async db =>
        {
            var guardianId = await db.Users.Where(u => u.Email == guardianEmail).Select(u => u.GuardianId).SingleAsync();
            return await db.HouseholdGuardians.Where(h => h.GuardianId == guardianId).Select(h => h.HouseholdId).FirstAsync();
        });

    public static Task<int> GuardianIdOfAsync(CampusWebFactory host, string email) =>
        host.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.GuardianId!.Value).SingleAsync());

    /// <summary>Sofia Rivera: the demo parent's student at the staff member's school.</summary>
    public static Task<int> ParentsElementaryStudentAsync(CampusWebFactory host) =>
        host.WithDbAsync(async db =>
        {
            var staffSchools = db.StaffMembers.Where(s => s.Email == DemoAccounts.Staff).SelectMany(s => s.Schools.Select(x => x.SchoolId));
            var own = await DemoFamilies.ParentStudentIdsAsync(host);
            return await db.Students.Where(s => own.Contains(s.Id) && staffSchools.Contains(s.SchoolId)).Select(s => s.Id).FirstAsync();
        });

    /// <summary>A name no other test uses: the prefix and two random lower-case letters.</summary>
    public static string UniqueName(string prefix) =>
        prefix + (char)('a' + Random.Shared.Next(26)) + (char)('a' + Random.Shared.Next(26));

    public static string Unique(string format) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Random.Shared.Next(10, 99));
}
