using System.Net;
using Campus.Domain.Auditing;
using Campus.Infrastructure.DemoData;
using Campus.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Web.Tests;

/// <summary>The central access check, over every page whose route carries a studentId — host and plugins alike.</summary>
[Collection(HostCollection.Name)]
public sealed class StudentAccessTests(CampusWebFactory host)
{
    private IReadOnlyList<string> StudentRouteTemplates() =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "studentId"))
            .Select(e => e.RoutePattern.RawText!)
            .Distinct()
            .Order()
            .ToList();

    private static string Fill(string template, int studentId) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(template.TrimStart('/'), @"\{studentId[^}]*\}", studentId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Host_and_locker_plugin_pages_are_both_under_the_check()
    {
        var templates = StudentRouteTemplates();

        Assert.Contains(templates, t => t.TrimStart('/') == "students/{studentId:int}");
        Assert.Contains(templates, t => t.TrimStart('/') == "students/{studentId:int}/locker");
    }

    [Fact]
    public async Task Parent_sees_every_student_page_of_their_own_students()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);
        var own = await DemoFamilies.ParentStudentIdsAsync(host);
        Assert.True(own.Count >= 2);

        foreach (var template in StudentRouteTemplates())
        {
            foreach (var studentId in own)
            {
                var response = await client.Http.GetAsync(Fill(template, studentId));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{Fill(template, studentId)} answered {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Parent_gets_the_not_found_page_for_another_familys_student_on_every_student_page()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);
        var others = await DemoFamilies.OtherFamilyStudentIdsAsync(host);
        var missingId = await host.WithDbAsync(db => db.Students.MaxAsync(s => s.Id)) + 1000;

        foreach (var template in StudentRouteTemplates())
        {
            var notFoundBody = await NotFoundBodyAsync(client, Fill(template, missingId));
            foreach (var studentId in others)
            {
                var url = Fill(template, studentId);
                var response = await client.Http.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
                Assert.Equal(notFoundBody, WithoutAntiforgeryToken(await response.Content.ReadAsStringAsync()));
            }
        }
    }

    [Fact]
    public async Task Denials_are_audited()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);
        var other = (await DemoFamilies.OtherFamilyStudentIdsAsync(host))[0];

        await client.Http.GetAsync($"/students/{other}");

        var audited = await host.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.StudentAccessDenied && a.EntityId == other.ToString() && a.UserId != null));
        Assert.True(audited);
    }

    [Fact]
    public async Task Staff_see_only_students_of_their_schools()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Staff);
        var (mine, theirs) = await host.WithDbAsync(async db =>
        {
            var schoolIds = await db.StaffMembers.Where(s => s.Email == DemoAccounts.Staff).SelectMany(s => s.Schools.Select(x => x.SchoolId)).ToListAsync();
            var inSchool = await db.Students.Where(s => schoolIds.Contains(s.SchoolId)).Select(s => s.Id).FirstAsync();
            var outside = await db.Students.Where(s => !schoolIds.Contains(s.SchoolId)).Select(s => s.Id).FirstAsync();
            return (inSchool, outside);
        });

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/students/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/students/{theirs}")).StatusCode);
    }

    [Fact]
    public async Task A_student_id_that_is_not_a_number_is_not_found()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/students/abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/students/abc/locker")).StatusCode);
    }

    private static async Task<string> NotFoundBodyAsync(PortalClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        return WithoutAntiforgeryToken(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The sign-out form's token is new on every response; everything else must be the same.</summary>
    private static string WithoutAntiforgeryToken(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "(name=\"__RequestVerificationToken\" type=\"hidden\" value=\")[^\"]*", "$1");
}
