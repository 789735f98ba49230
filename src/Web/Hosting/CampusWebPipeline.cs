using Campus.Infrastructure.Plugins;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;

namespace Campus.Web.Hosting;

public static class CampusWebPipeline
{
    public static WebApplication UseCampusWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UsePluginStaticFiles();
        app.UseRouting();

        // A URL that matches nothing is a 404 for everyone; without this the sign-in-required fallback policy
        // would send anonymous visitors of, say, /Account/Register to the sign-in page instead.
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<StudentAccessMiddleware>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        app.MapCampusJobsDashboard();
        return app;
    }

    /// <summary>Each plugin's embedded static files, under /_plugins/{id}/.</summary>
    private static void UsePluginStaticFiles(this WebApplication app)
    {
        foreach (var plugin in app.Services.GetRequiredService<PluginCatalog>().Loaded)
        {
            IFileProvider files;
            try
            {
                files = new ManifestEmbeddedFileProvider(plugin.Assembly, "assets");
            }
            catch (InvalidOperationException)
            {
                continue; // The plugin embeds no static files.
            }

            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = $"/_plugins/{plugin.Manifest.Id}" });
        }
    }
}
