using Campus.Application.ChangeRequests;
using Campus.Application.Email;

namespace Campus.Web.ChangeRequests;

public static class ChangeRequestWebServices
{
    public static IServiceCollection AddChangeRequestWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var baseUrl = configuration["Portal:BaseUrl"] ?? "http://localhost:5080";
        services.AddSingleton(new PortalAddress(baseUrl));
        services.AddSingleton(new ChangeRequestSettings(
            configuration.GetValue("ChangeRequests:NotifyHousehold", true),
            new Uri(baseUrl).Host));
        services.AddScoped<ChangeRequestText>();
        services.AddScoped<IDecisionEmailComposer, DecisionEmailComposer>();
        return services;
    }
}
