using Campus.Application.Access;
using Campus.Application.Calendar;
using Campus.Application.Families;
using Campus.Application.Messages;
using Campus.Application.Plugins;
using Campus.Application.Students;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddCampusApplication(this IServiceCollection services)
    {
        services.AddScoped<IStudentAccessPolicy, StudentAccessPolicy>();
        services.AddScoped<PluginAvailability>();
        services.AddScoped<StudentSummaryQuery>();
        services.AddScoped<StudentOverviewQuery>();
        services.AddScoped<MessageCenterQuery>();
        services.AddScoped<MarkMessageReadCommand>();
        services.AddScoped<FamilyQuery>();
        services.AddScoped<CalendarQuery>();
        return services;
    }
}
