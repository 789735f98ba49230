using Campus.Application.Abstractions;
using Campus.Infrastructure;
using Campus.Web.ChangeRequests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;

namespace Campus.Web.Hosting;

public static class CampusWebBuilder
{
    public static WebApplicationBuilder AddCampusWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        using var loggerFactory = LoggerFactory.Create(b => b.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
        var plugins = services.AddCampusInfrastructure(builder.Configuration, builder.Environment, loggerFactory.CreateLogger("Campus.Plugins"));

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<StudentTabs>();
        services.AddScoped<StudentCards>();
        services.AddChangeRequestWeb(builder.Configuration);
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = CampusCultures.All;
            o.SupportedUICultures = CampusCultures.All;
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            // A signed-in user without the role gets the same 404 as for a page that does not exist.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            };
            o.Cookie.Name = "campus.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
        });
        services.AddAntiforgery(o => o.Cookie.Name = "campus.af");

        var mvc = services.AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        foreach (var plugin in plugins.Loaded)
        {
            mvc.AddApplicationPart(plugin.Assembly);
        }

        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue<bool>("Razor:RuntimeCompilation"))
        {
            // Opt-in for editing host .cshtml files without a rebuild. Obsolete in .NET 10 and never on in production.
#pragma warning disable ASPDEPR003
            mvc.AddRazorRuntimeCompilation();
#pragma warning restore ASPDEPR003
        }

        return builder;
    }
}
