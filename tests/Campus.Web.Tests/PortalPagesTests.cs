using System.Net;
using Campus.Infrastructure.DemoData;
using Campus.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campus.Web.Tests;

[Collection(HostCollection.Name)]
public sealed class PortalPagesTests(CampusWebFactory host)
{
    [Fact]
    public async Task Student_overview_shows_id_grade_school_schedule_contacts_and_the_locker_card()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);
        var studentId = (await DemoFamilies.ParentStudentIdsAsync(host))[0];
        var number = await host.WithDbAsync(db => db.Students.Where(s => s.Id == studentId).Select(s => s.LocalStudentNumber).SingleAsync());

        var page = await client.GetDocumentAsync($"/students/{studentId}");

        Assert.Equal(number, page.QuerySelector("#student-number")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("#schedule-heading ~ div table tbody tr"));
        Assert.NotEmpty(page.QuerySelectorAll("ol.contacts li"));
        Assert.Contains(page.QuerySelectorAll(".plugin-card h2"), h => h.TextContent.Contains("Locker"));
        Assert.Contains(page.QuerySelectorAll(".tabs a"), a => a.GetAttribute("href") == $"/students/{studentId}/locker");
    }

    [Fact]
    public async Task Family_page_shows_both_households_of_a_student_with_two_homes()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);

        var page = await client.GetDocumentAsync("/family");

        var household = Assert.Single(page.QuerySelectorAll("section.household"));
        Assert.NotEmpty(household.QuerySelectorAll("address"));
        Assert.True(household.QuerySelectorAll("a[href^='/students/']").Length >= 2);
        var twoHomes = await host.WithDbAsync(db => db.HouseholdStudents.GroupBy(h => h.StudentId).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync());
        var own = await DemoFamilies.ParentStudentIdsAsync(host);
        Assert.Contains(own, twoHomes.Contains);
    }

    [Fact]
    public async Task Message_center_lists_unread_first_and_marks_a_message_read()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent2);
        var before = await client.GetDocumentAsync("/");
        var first = before.QuerySelector("li.message.unread")!;

        var response = await client.PostFormAsync("/", "/?handler=MarkRead", new Dictionary<string, string>
        {
            ["kind"] = first.GetAttribute("data-kind")!,
            ["id"] = first.GetAttribute("data-id")!,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync("/");
        var items = after.QuerySelectorAll("li.message").ToList();
        var marked = items.Single(i => i.GetAttribute("data-kind") == first.GetAttribute("data-kind") && i.GetAttribute("data-id") == first.GetAttribute("data-id"));
        Assert.Contains("read", marked.ClassList);
        Assert.DoesNotContain("unread", marked.ClassList);
        var firstReadIndex = items.FindIndex(i => !i.ClassList.Contains("unread"));
        Assert.All(items.Skip(firstReadIndex), i => Assert.DoesNotContain("unread", i.ClassList));
    }

    [Fact]
    public async Task Calendar_shows_district_events_in_month_and_list_views()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);

        var month = await client.GetDocumentAsync("/calendar");
        var list = await client.GetDocumentAsync("/calendar?view=list");

        Assert.Contains(month.QuerySelectorAll("table.month li.event"), e => e.TextContent.Contains("Board of Education Meeting"));
        Assert.Contains(list.QuerySelectorAll("ul.event-list li"), e => e.TextContent.Contains("No School"));
    }

    [Fact]
    public async Task Health_endpoints_answer_without_sign_in()
    {
        using var client = host.CreatePortalClient();

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task The_embedded_database_is_a_sqlite_file_in_wal_mode()
    {
        Assert.True(File.Exists(host.DatabaseFile));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={host.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
