using System.Net;
using Campus.Domain.Email;
using Campus.Domain.People;
using Campus.Infrastructure.DemoData;
using Campus.Testing;
using Microsoft.EntityFrameworkCore;
using static Campus.Testing.FormSubmission;
using static Campus.Web.Tests.ChangeRequestFlow;

namespace Campus.Web.Tests;

[Collection(HostCollection.Name)]
public sealed class DecisionEmailRecipientsTests(CampusWebFactory host)
{
    [Fact]
    public async Task Every_guardian_with_portal_access_in_the_household_gets_one_email_and_a_rejected_address_shows_failed_to_staff()
    {
        // A second guardian in the Nguyen household, with portal access to its students; a third without access.
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent2);
        var coGuardianEmail = $"co-guardian-{Guid.NewGuid():N}@example.test";
        var noAccessEmail = $"no-access-{Guid.NewGuid():N}@example.test";
        await host.WithDbAsync(async db =>
        {
            var students = await db.HouseholdStudents.Where(h => h.HouseholdId == household).Select(h => h.StudentId).ToListAsync();
            var coGuardian = new Guardian { FirstName = "Bao", LastName = "Nguyen", Email = coGuardianEmail, PreferredLanguage = "en" };
            var noAccess = new Guardian { FirstName = "Mai", LastName = "Nguyen", Email = noAccessEmail };
            db.HouseholdGuardians.Add(new HouseholdGuardian { HouseholdId = household, Guardian = coGuardian });
            db.HouseholdGuardians.Add(new HouseholdGuardian { HouseholdId = household, Guardian = noAccess });
            foreach (var studentId in students)
            {
                db.GuardianStudentLinks.Add(new GuardianStudentLink { Guardian = coGuardian, StudentId = studentId, HasPortalAccess = true, ReceivesMail = true });
                db.GuardianStudentLinks.Add(new GuardianStudentLink { Guardian = noAccess, StudentId = studentId, HasPortalAccess = false });
            }

            return await db.SaveChangesAsync();
        });
        host.Smtp.RejectRecipient(coGuardianEmail);

        using var parent2 = host.CreatePortalClient();
        await parent2.SignInOrThrowAsync(DemoAccounts.Parent2);
        using var staff = host.CreatePortalClient();
        await staff.SignInOrThrowAsync(DemoAccounts.Staff);
        var id = await SubmitAsync(host, parent2, "home-phone", household, Change(("Values[HomePhone]", Unique("(303) 555-07{0}"))));

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(staff, id, "Approve")).StatusCode);

        var rows = await host.WithDbAsync(db => db.OutboxMessages.Where(m => m.ChangeRequestId == id).ToListAsync());
        Assert.Equal(new[] { coGuardianEmail, DemoAccounts.Parent2 }.Order(StringComparer.Ordinal), rows.Select(r => r.ToAddress).Order(StringComparer.Ordinal));
        var settled = await Outbox.WaitForRowsAsync(host, rows, r => r.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        var sent = settled.Single(r => r.ToAddress == DemoAccounts.Parent2);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        var failed = settled.Single(r => r.ToAddress == coGuardianEmail);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Single(host.Smtp.Messages, m => m.MessageId == sent.MessageId.Trim('<', '>'));
        Assert.DoesNotContain(host.Smtp.Messages, m => m.MessageId == failed.MessageId.Trim('<', '>'));

        var detail = await staff.GetDocumentAsync($"/staff/requests/{id}");
        var failedLine = detail.QuerySelector("ul.emails li.email-failed")!;
        Assert.Contains(coGuardianEmail, failedLine.TextContent);
        Assert.Contains("550", failedLine.TextContent);

        // The address is fixed on the mail side; a district admin sends the failed email again, once.
        host.Smtp.AcceptRecipient(coGuardianEmail);
        using var admin = host.CreatePortalClient();
        await admin.SignInOrThrowAsync(DemoAccounts.Admin);
        var retried = await admin.SubmitAsync($"/admin/outbox/{failed.Id}", "main form", new Dictionary<string, string[]>(), $"/admin/outbox/{failed.Id}?handler=Retry");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var resent = (await Outbox.WaitForRowsAsync(host, [failed], r => r.Status is OutboxStatus.Sent or OutboxStatus.Failed)).Single();
        Assert.Equal(OutboxStatus.Sent, resent.Status);
        Assert.Single(host.Smtp.Messages, m => m.MessageId == failed.MessageId.Trim('<', '>'));
        var again = await admin.PostFormAsync($"/admin/outbox/{sent.Id}", $"/admin/outbox/{sent.Id}?handler=Retry", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("Only a failed email", (await admin.GetDocumentAsync($"/admin/outbox/{sent.Id}")).QuerySelector("#notice")!.TextContent);
    }
}
