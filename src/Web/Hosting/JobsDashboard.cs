using Campus.Infrastructure.Identity;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace Campus.Web.Hosting;

/// <summary>The Hangfire dashboard at /admin/jobs, for district admins only.</summary>
public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    public static WebApplication MapCampusJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(Path, new DashboardOptions
            {
                Authorization = [new DistrictAdminOnly()],
                AppPath = "/",
                DashboardTitle = "Campus jobs",
                DisplayStorageConnectionString = false,
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = CampusRoles.DistrictAdmin });
        return app;
    }

    /// <summary>A second check inside the dashboard, should the endpoint ever be mapped without the policy.</summary>
    private sealed class DistrictAdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(CampusRoles.DistrictAdmin);
    }
}
