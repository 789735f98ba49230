using System.Net;
using Campus.Domain.Plugins;
using Campus.Infrastructure.DemoData;
using Campus.Testing;
using Microsoft.EntityFrameworkCore;

namespace Campus.Web.Tests;

/// <summary>Switching a plugin off for a school is data: from the next request its pages, tab and card are gone there.</summary>
[Collection(HostCollection.Name)]
public sealed class PluginSwitchTests(CampusWebFactory host)
{
    [Fact]
    public async Task Locker_switched_off_for_a_school_disappears_for_its_students_only()
    {
        using var client = host.CreatePortalClient();
        await client.SignInOrThrowAsync(DemoAccounts.Parent);
        var students = await DemoFamilies.ParentStudentIdsAsync(host);
        var schools = await host.WithDbAsync(db => db.Students.Where(s => students.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.SchoolId));
        var (offStudent, onStudent) = (students[0], students.First(s => schools[s] != schools[students[0]]));

        Assert.NotNull((await client.GetDocumentAsync($"/students/{offStudent}")).QuerySelector("a[href$='/locker']"));
        await host.WithDbAsync(async db =>
        {
            db.PluginSettings.Add(new PluginSetting { PluginId = "locker", SchoolId = schools[offStudent], IsEnabled = false });
            return await db.SaveChangesAsync();
        });
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/students/{offStudent}/locker")).StatusCode);
            var overview = await client.GetDocumentAsync($"/students/{offStudent}");
            Assert.Null(overview.QuerySelector("a[href$='/locker']"));
            Assert.Empty(overview.QuerySelectorAll(".plugin-card"));

            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/students/{onStudent}/locker")).StatusCode);
        }
        finally
        {
            await host.WithDbAsync(db => db.PluginSettings.Where(p => p.PluginId == "locker").ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task A_district_admin_switches_a_plugin_off_for_one_school_on_the_plugins_page()
    {
        using var admin = host.CreatePortalClient();
        await admin.SignInOrThrowAsync(DemoAccounts.Admin);
        using var parent = host.CreatePortalClient();
        await parent.SignInOrThrowAsync(DemoAccounts.Parent);
        var students = await DemoFamilies.ParentStudentIdsAsync(host);
        var schoolId = await host.WithDbAsync(db => db.Students.Where(s => s.Id == students[0]).Select(s => s.SchoolId).SingleAsync());

        try
        {
            var saved = await admin.SubmitAsync("/admin/plugins", "section[data-plugin='locker'] form",
                FormSubmission.Change(($"schools[{schoolId}]", "off")));

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await parent.Http.GetAsync($"/students/{students[0]}/locker")).StatusCode);
            var page = await admin.GetDocumentAsync("/admin/plugins");
            var select = (AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector($"#school-locker-{schoolId}")!;
            Assert.Equal("off", select.Value);
        }
        finally
        {
            await host.WithDbAsync(db => db.PluginSettings.Where(p => p.PluginId == "locker").ExecuteDeleteAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await parent.Http.GetAsync($"/students/{students[0]}/locker")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await parent.Http.GetAsync("/admin/plugins")).StatusCode);
    }
}
