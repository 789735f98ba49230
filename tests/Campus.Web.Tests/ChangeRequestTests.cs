using System.Net;
using Campus.Domain.Auditing;
using Campus.Domain.ChangeRequests;
using Campus.Infrastructure.DemoData;
using Campus.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Campus.Testing.FormSubmission;
using static Campus.Web.Tests.ChangeRequestFlow;

namespace Campus.Web.Tests;

/// <summary>Parents ask, staff review, guardians are emailed: each core kind end to end through the real host and SMTP.</summary>
[Collection(HostCollection.Name)]
public sealed class ChangeRequestTests(CampusWebFactory host)
{
    private async Task<(PortalClient Parent, PortalClient Staff)> SignInBothAsync()
    {
        var parent = host.CreatePortalClient();
        await parent.SignInOrThrowAsync(DemoAccounts.Parent);
        var staff = host.CreatePortalClient();
        await staff.SignInOrThrowAsync(DemoAccounts.Staff);
        return (parent, staff);
    }

    private async Task ApproveAllAndCheckAsync(PortalClient parent, PortalClient staff, int requestId, string pageToCheck, string newValue, string? valueInEmail = null)
    {
        var before = await parent.GetDocumentAsync(pageToCheck);
        Assert.DoesNotContain(newValue, before.QuerySelector("main")!.TextContent);

        var decided = await DecideAsync(staff, requestId, "Approve");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var after = await parent.GetDocumentAsync(pageToCheck);
        Assert.Contains(newValue, after.QuerySelector("main")!.TextContent);
        var request = await RequestAsync(host, requestId);
        Assert.Equal(ChangeRequestStatus.Approved, request.Status);
        var audited = await host.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.Action == AuditActions.ChangeRequestFieldApplied && a.Detail!.StartsWith($"request {requestId},")));
        Assert.Equal(request.Fields.Count, audited);

        var emails = await EmailsForAsync(host, requestId);
        var email = Assert.Single(emails);
        Assert.Equal(DemoAccounts.Parent, email.To.Mailboxes.Single().Address);
        Assert.Contains("Approved", email.Subject);
        Assert.Contains(valueInEmail ?? newValue, email.TextBody);
        Assert.Contains(valueInEmail ?? newValue, email.HtmlBody);
    }

    [Fact]
    public async Task Home_address_change_is_applied_after_approval_and_emailed()
    {
        var (parent, staff) = await SignInBothAsync();
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent);
        var street = Unique("{0}00 Aspen Way");

        var id = await SubmitAsync(host, parent, "home-address", household, Change(("Values[Street]", street), ("Values[PostalCode]", "80031")));

        await ApproveAllAndCheckAsync(parent, staff, id, "/family", street);
    }

    [Fact]
    public async Task Home_phone_change_is_applied_after_approval_and_emailed()
    {
        var (parent, staff) = await SignInBothAsync();
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent);
        var phone = Unique("(303) 555-01{0}");

        var id = await SubmitAsync(host, parent, "home-phone", household, Change(("Values[HomePhone]", phone.Replace("(", "").Replace(") ", "."))));

        await ApproveAllAndCheckAsync(parent, staff, id, "/family", phone);
    }

    [Fact]
    public async Task Student_name_change_is_applied_after_approval_and_emailed()
    {
        var (parent, staff) = await SignInBothAsync();
        var student = await ParentsElementaryStudentAsync(host);
        var middle = UniqueName("Grace");

        var id = await SubmitAsync(host, parent, "student-demographics", student, Change(("Values[LegalMiddleName]", middle)));

        await ApproveAllAndCheckAsync(parent, staff, id, $"/students/{student}", middle);
    }

    [Fact]
    public async Task Guardian_cell_phone_change_is_applied_after_approval_and_emailed()
    {
        var (parent, staff) = await SignInBothAsync();
        var me = await GuardianIdOfAsync(host, DemoAccounts.Parent);
        var phone = Unique("(720) 555-02{0}");

        var id = await SubmitAsync(host, parent, "guardian-contact", me, Change(("Values[CellPhone]", phone)));

        await ApproveAllAndCheckAsync(parent, staff, id, "/family", phone);
    }

    [Fact]
    public async Task New_emergency_contact_is_added_after_approval_and_emailed()
    {
        var (parent, staff) = await SignInBothAsync();
        var student = await ParentsElementaryStudentAsync(host);
        var last = UniqueName("Quinn");

        var id = await SubmitAsync(host, parent, "emergency-contacts", student, Change(
            ("Values[new:1:FirstName]", "Pat"), ("Values[new:1:LastName]", last), ("Values[new:1:Relationship]", "Aunt"), ("Values[new:1:Phone]", "720 555 0177")));

        await ApproveAllAndCheckAsync(parent, staff, id, $"/students/{student}", $"Pat {last}", valueInEmail: last);
    }

    [Fact]
    public async Task Rejection_carries_the_reason_and_changes_nothing()
    {
        var (parent, staff) = await SignInBothAsync();
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent);
        var street = Unique("{0} Rejected Road");
        var id = await SubmitAsync(host, parent, "home-address", household, Change(("Values[Street]", street)));

        var withoutReason = await DecideAsync(staff, id, "Reject");
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Give a reason", await withoutReason.Content.ReadAsStringAsync());
        Assert.Equal(ChangeRequestStatus.Pending, (await RequestAsync(host, id)).Status);

        var rejected = await DecideAsync(staff, id, "Reject", Change(("Reason", "Please bring proof of residence to the office.")));

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(ChangeRequestStatus.Rejected, (await RequestAsync(host, id)).Status);
        Assert.DoesNotContain(street, (await parent.GetDocumentAsync("/family")).QuerySelector("main")!.TextContent);
        var email = Assert.Single(await EmailsForAsync(host, id));
        Assert.Contains("Rejected", email.Subject);
        Assert.Contains("Please bring proof of residence to the office.", email.TextBody);
        var requestsPage = await parent.GetDocumentAsync("/requests");
        Assert.Contains("Please bring proof of residence to the office.", requestsPage.QuerySelector($"[data-request-id='{id}']")!.TextContent);
    }

    [Fact]
    public async Task Partial_approval_applies_only_the_accepted_fields()
    {
        var (parent, staff) = await SignInBothAsync();
        var me = await GuardianIdOfAsync(host, DemoAccounts.Parent);
        var cell = Unique("(720) 555-03{0}");
        var work = Unique("(303) 555-04{0}");
        var id = await SubmitAsync(host, parent, "guardian-contact", me, Change(("Values[CellPhone]", cell), ("Values[WorkPhone]", work)));

        var decided = await DecideAsync(staff, id, "Approve", new Dictionary<string, string[]> { ["Accepted"] = ["CellPhone"] });

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var request = await RequestAsync(host, id);
        Assert.Equal(ChangeRequestStatus.PartlyApproved, request.Status);
        var guardian = await host.WithDbAsync(db => db.Guardians.AsNoTracking().SingleAsync(g => g.Id == me));
        Assert.Equal(cell, guardian.CellPhone);
        Assert.NotEqual(work, guardian.WorkPhone);
        var email = Assert.Single(await EmailsForAsync(host, id));
        Assert.Contains("Partly approved", email.Subject);
    }

    [Fact]
    public async Task Two_reviewers_deciding_at_once_apply_it_once_and_the_second_is_told()
    {
        var (parent, staff) = await SignInBothAsync();
        using var admin = host.CreatePortalClient();
        await admin.SignInOrThrowAsync(DemoAccounts.Admin);
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent);
        var phone = Unique("(303) 555-05{0}");
        var id = await SubmitAsync(host, parent, "home-phone", household, Change(("Values[HomePhone]", phone)));

        // Both load the request before either decides, as two people at two desks would.
        var staffPage = await staff.GetDocumentAsync($"/staff/requests/{id}");
        var adminPage = await admin.GetDocumentAsync($"/staff/requests/{id}");
        var decisions = await Task.WhenAll(
            Post(staff, staffPage, id, "Approve", []),
            Post(admin, adminPage, id, "Reject", [new("Reason", "Duplicate")]));

        Assert.All(decisions, d => Assert.Equal(HttpStatusCode.Redirect, d.StatusCode));
        var notices = await Task.WhenAll(
            staff.GetDocumentAsync($"/staff/requests/{id}"), admin.GetDocumentAsync($"/staff/requests/{id}"));
        var texts = notices.Select(n => n.QuerySelector("#notice")?.TextContent ?? "").ToList();
        Assert.Single(texts, t => t.Contains("Decision saved"));
        Assert.Single(texts, t => t.Contains("Someone else already decided"));
        Assert.Single(await EmailsForAsync(host, id));
        var decidedRows = await host.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ChangeRequestDecided && a.EntityId == id.ToString()));
        Assert.Equal(1, decidedRows);

        static Task<HttpResponseMessage> Post(PortalClient client, AngleSharp.Html.Dom.IHtmlDocument page, int id, string handler, List<KeyValuePair<string, string>> extra)
        {
            var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!;
            var fields = FormSubmission.Fields(form).Where(f => extra.All(e => e.Key != f.Key)).Concat(extra).ToList();
            return client.Http.PostAsync($"/staff/requests/{id}?handler={handler}", new FormUrlEncodedContent(fields));
        }
    }

    [Fact]
    public async Task Bad_values_are_refused_beside_their_field_and_kept_in_the_form()
    {
        using var parent = host.CreatePortalClient();
        await parent.SignInOrThrowAsync(DemoAccounts.Parent);
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent);
        var count = await host.WithDbAsync(db => db.ChangeRequests.CountAsync());

        var response = await parent.SubmitAsync($"/requests/new/home-address/{household}", "form.request-form",
            Change(("Values[PostalCode]", "8003"), ("Values[State]", "Colorado"), ("Values[City]", "Arvada")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("5-digit ZIP code", page.QuerySelector(".field-error[data-field='PostalCode']")!.TextContent);
        Assert.Contains("two-letter state", page.QuerySelector(".field-error[data-field='State']")!.TextContent);
        Assert.Equal("Arvada", page.QuerySelectorAll("input").Single(i => i.GetAttribute("name") == "Values[City]").GetAttribute("value"));
        Assert.Equal(count, await host.WithDbAsync(db => db.ChangeRequests.CountAsync()));
    }

    [Fact]
    public async Task A_request_that_changes_nothing_is_refused_with_a_message()
    {
        using var parent = host.CreatePortalClient();
        await parent.SignInOrThrowAsync(DemoAccounts.Parent);
        var student = await ParentsElementaryStudentAsync(host);

        var response = await parent.SubmitAsync($"/requests/new/emergency-contacts/{student}", "form.request-form", new Dictionary<string, string[]>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was changed", PortalClient.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task A_pending_request_can_be_withdrawn_and_then_not_decided()
    {
        var (parent, staff) = await SignInBothAsync();
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent);
        var id = await SubmitAsync(host, parent, "home-phone", household, Change(("Values[HomePhone]", Unique("(303) 555-06{0}"))));

        var withdrawn = await parent.PostFormAsync("/requests", "/requests?handler=Withdraw", new Dictionary<string, string> { ["id"] = id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(ChangeRequestStatus.Withdrawn, (await RequestAsync(host, id)).Status);

        var page = await staff.GetDocumentAsync($"/staff/requests/{id}");
        Assert.Null(page.QuerySelector("button[formaction*='Approve']"));
    }

    [Fact]
    public async Task A_parent_cannot_ask_about_or_read_another_familys_records()
    {
        using var parent = host.CreatePortalClient();
        await parent.SignInOrThrowAsync(DemoAccounts.Parent);
        var otherHousehold = await HouseholdOfAsync(host, DemoAccounts.Parent2);
        var otherStudent = (await DemoFamilies.OtherFamilyStudentIdsAsync(host))[0];
        var otherGuardian = await GuardianIdOfAsync(host, DemoAccounts.Parent2);
        var token = (await parent.GetDocumentAsync("/requests")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        foreach (var url in new[] { $"/requests/new/home-address/{otherHousehold}", $"/requests/new/student-demographics/{otherStudent}", $"/requests/new/guardian-contact/{otherGuardian}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await parent.Http.GetAsync(url)).StatusCode);
            var post = await parent.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Values[Street]"] = "1 Intruder Ln",
                ["Values[LegalFirstName]"] = "Mallory",
                ["Values[CellPhone]"] = "(303) 555-0199",
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        var anyRequest = await host.WithDbAsync(db => db.ChangeRequests.Select(r => (int?)r.Id).MaxAsync()) ?? 1;
        Assert.Equal(HttpStatusCode.NotFound, (await parent.Http.GetAsync("/staff/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await parent.Http.GetAsync($"/staff/requests/{anyRequest}")).StatusCode);
    }

    [Fact]
    public async Task Staff_do_not_see_requests_of_other_schools()
    {
        using var parent2 = host.CreatePortalClient();
        await parent2.SignInOrThrowAsync(DemoAccounts.Parent2);
        using var staff = host.CreatePortalClient();
        await staff.SignInOrThrowAsync(DemoAccounts.Staff);
        var highSchooler = await host.WithDbAsync(async db =>
        {
            var own = await DemoFamilies.OtherFamilyStudentIdsAsync(host);
            var staffSchools = db.StaffMembers.Where(s => s.Email == DemoAccounts.Staff).SelectMany(s => s.Schools.Select(x => x.SchoolId));
            return await db.Students.Where(s => own.Contains(s.Id) && !staffSchools.Contains(s.SchoolId)).Select(s => s.Id).FirstAsync();
        });

        var id = await SubmitAsync(host, parent2, "student-demographics", highSchooler, Change(("Values[LegalMiddleName]", "Hoa")));

        Assert.Equal(HttpStatusCode.NotFound, (await staff.Http.GetAsync($"/staff/requests/{id}")).StatusCode);
        var queue = await staff.GetDocumentAsync("/staff/requests?status=Pending");
        Assert.DoesNotContain(queue.QuerySelectorAll("table.queue a"), a => a.GetAttribute("href") == $"/staff/requests/{id}");
        var token = (await staff.GetDocumentAsync("/staff/requests")).QuerySelector("main input[name=__RequestVerificationToken], input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await staff.Http.PostAsync($"/staff/requests/{id}?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Stamp"] = (await RequestAsync(host, id)).ConcurrencyStamp.ToString(),
            ["Accepted"] = "LegalMiddleName",
        }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(ChangeRequestStatus.Pending, (await RequestAsync(host, id)).Status);
    }

    [Fact]
    public async Task Staff_are_warned_when_the_record_changed_after_the_parent_asked()
    {
        var (parent, staff) = await SignInBothAsync();
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent);
        var id = await SubmitAsync(host, parent, "home-phone", household, Change(("Values[HomePhone]", Unique("(303) 555-08{0}"))));
        Assert.Null((await staff.GetDocumentAsync($"/staff/requests/{id}")).QuerySelector("#changed-warning"));

        // The office updates the phone by other means while the request waits.
        await host.WithDbAsync(async db =>
        {
            var row = await db.Households.SingleAsync(h => h.Id == household);
            row.HomePhone = "(303) 555-0999";
            return await db.SaveChangesAsync();
        });

        var page = await staff.GetDocumentAsync($"/staff/requests/{id}");
        Assert.NotNull(page.QuerySelector("#changed-warning"));
        var row = page.QuerySelector("table.diff tr[data-field='HomePhone']")!;
        Assert.Contains("(303) 555-0999", row.TextContent);
        Assert.Contains("changed", row.ClassList);
    }

    [Fact]
    public async Task Smtp_down_when_staff_approve_and_back_later_delivers_exactly_one_email()
    {
        var (parent, staff) = await SignInBothAsync();
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent);
        var phone = Unique("(303) 555-09{0}");
        var id = await SubmitAsync(host, parent, "home-phone", household, Change(("Values[HomePhone]", phone)));

        await host.Smtp.StopAsync();
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(staff, id, "Approve")).StatusCode);
            var row = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.ChangeRequestId == id));
            await Outbox.WaitForRowsAsync(host, [row], r => r.Attempts >= 1 && r.LastError != null);
        }
        finally
        {
            await host.Smtp.StartAsync();
        }

        var email = Assert.Single(await EmailsForAsync(host, id));
        Assert.Contains(phone, email.TextBody);
        await Outbox.WaitForIdleJobsAsync(host);
        Assert.Single(host.Smtp.Messages, m => m.MessageId == email.MessageId);
    }

    [Fact]
    public async Task A_move_approved_ahead_of_its_date_is_applied_when_the_date_comes()
    {
        var (parent, staff) = await SignInBothAsync();
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent);
        var today = host.Services.GetRequiredService<Campus.Application.Abstractions.DistrictClock>().Today;
        var street = Unique("{0} Moving Day Court");
        var changes = Change(("Values[Street]", street), ("EffectiveDate", today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var id = await SubmitAsync(host, parent, "home-address", household, changes);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(staff, id, "Approve")).StatusCode);

        var scheduled = await RequestAsync(host, id);
        Assert.Equal(ChangeRequestStatus.Approved, scheduled.Status);
        Assert.Null(scheduled.AppliedAtUtc);
        Assert.DoesNotContain(street, (await parent.GetDocumentAsync("/family")).QuerySelector("main")!.TextContent);
        var email = Assert.Single(await EmailsForAsync(host, id));
        Assert.Contains("takes effect on", email.TextBody);

        // The moving day comes: the hourly job applies it.
        await host.WithDbAsync(db => db.ChangeRequests.Where(r => r.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.EffectiveDate, today)));
        host.Services.GetRequiredService<Hangfire.IRecurringJobManager>().Trigger(Campus.Infrastructure.Jobs.DueChangeRequestsJob.RecurringJobId);
        var deadline = DateTime.UtcNow + Outbox.Patience;
        while ((await RequestAsync(host, id)).AppliedAtUtc is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "the due change was not applied in time");
            await Task.Delay(200);
        }

        Assert.Contains(street, (await parent.GetDocumentAsync("/family")).QuerySelector("main")!.TextContent);
        var audited = await host.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.Action == AuditActions.ChangeRequestFieldApplied && a.Detail!.StartsWith($"request {id},") && a.UserId == null));
        Assert.Equal(1, audited);
    }

    [Theory]
    [InlineData("not a date")]
    [InlineData("2099-01-01")]
    public async Task A_bad_effective_date_is_refused_beside_its_field_and_the_address_is_kept(string effectiveDate)
    {
        using var parent = host.CreatePortalClient();
        await parent.SignInOrThrowAsync(DemoAccounts.Parent);
        var household = await HouseholdOfAsync(host, DemoAccounts.Parent);
        var count = await host.WithDbAsync(db => db.ChangeRequests.CountAsync());

        var response = await parent.SubmitAsync($"/requests/new/home-address/{household}", "form.request-form",
            Change(("Values[Street]", "12 Kept Street"), ("EffectiveDate", effectiveDate)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("within a year from today", page.QuerySelector(".field-error[data-field='EffectiveDate']")!.TextContent);
        Assert.Equal("12 Kept Street", page.QuerySelectorAll("input").Single(i => i.GetAttribute("name") == "Values[Street]").GetAttribute("value"));
        Assert.Equal(count, await host.WithDbAsync(db => db.ChangeRequests.CountAsync()));
    }
}
