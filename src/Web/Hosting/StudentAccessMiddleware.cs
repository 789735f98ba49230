using System.Globalization;
using Campus.Application.Access;
using Campus.Application.Abstractions;
using Campus.Application.Plugins;
using Campus.Domain.Auditing;
using Campus.Infrastructure.Plugins;

namespace Campus.Web.Hosting;

/// <summary>
/// The one access check for every endpoint whose route carries a studentId, host or plugin: the caller must be
/// allowed to see that student, and a plugin page must be switched on for the student's school. Anything else
/// answers 404, the very response a student who does not exist gets, and the denial is audited.
/// </summary>
public sealed class StudentAccessMiddleware(RequestDelegate next)
{
    public const string RouteKey = "studentId";

    public async Task InvokeAsync(HttpContext context, IStudentAccessPolicy access, PluginAvailability availability, PluginCatalog plugins, IAuditLog audit)
    {
        if (context.GetRouteValue(RouteKey) is not { } rawId)
        {
            await next(context);
            return;
        }

        var studentId = int.TryParse(Convert.ToString(rawId, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        var allowed = studentId is int sid
            && await access.CanViewStudentAsync(sid, context.RequestAborted)
            && await IsPluginEnabledAsync(context, sid, availability, plugins);
        if (allowed)
        {
            await next(context);
            return;
        }

        await audit.WriteAsync(AuditActions.StudentAccessDenied, "Student", Convert.ToString(rawId, CultureInfo.InvariantCulture), context.Request.Path, context.RequestAborted);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static async Task<bool> IsPluginEnabledAsync(HttpContext context, int studentId, PluginAvailability availability, PluginCatalog plugins)
    {
        if (context.GetRouteValue("area") is not string area)
        {
            return true;
        }

        var plugin = plugins.Loaded.FirstOrDefault(p => string.Equals(p.Manifest.Id, area, StringComparison.OrdinalIgnoreCase));
        return plugin is null || await availability.IsEnabledForStudentAsync(plugin.Manifest.Id, studentId, context.RequestAborted);
    }
}
