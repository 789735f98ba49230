using Campus.Application.Access;
using Campus.Application.Calendar;
using Campus.Application.ChangeRequests;
using Campus.Application.ChangeRequests.Kinds;
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
        services.AddScoped<PluginSwitches>();
        services.AddScoped<StudentSummaryQuery>();
        services.AddScoped<StudentOverviewQuery>();
        services.AddScoped<MessageCenterQuery>();
        services.AddScoped<MarkMessageReadCommand>();
        services.AddScoped<FamilyQuery>();
        services.AddScoped<CalendarQuery>();

        services.AddScoped<IChangeRequestKind, HomeAddressKind>();
        services.AddScoped<IChangeRequestKind, HomePhoneKind>();
        services.AddScoped<IChangeRequestKind, StudentDemographicsKind>();
        services.AddScoped<IChangeRequestKind, GuardianContactKind>();
        services.AddScoped<IChangeRequestKind, EmergencyContactsKind>();
        services.AddScoped<ChangeRequestKinds>();
        services.AddScoped<ChangeRequestTargets>();
        services.AddScoped<StaffRequestAccess>();
        services.AddScoped<DecisionRecipients>();
        services.AddScoped<SubmitChangeRequestCommand>();
        services.AddScoped<WithdrawChangeRequestCommand>();
        services.AddScoped<MyChangeRequestsQuery>();
        services.AddScoped<UpdateChoicesQuery>();
        services.AddScoped<StaffQueueQuery>();
        services.AddScoped<StaffRequestDetailQuery>();
        services.AddScoped<DecideChangeRequestCommand>();
        services.AddScoped<ChangeRequestApplier>();
        services.AddScoped<ApplyDueChangeRequestsCommand>();
        services.AddScoped<Email.RetryFailedEmailCommand>();
        return services;
    }
}
