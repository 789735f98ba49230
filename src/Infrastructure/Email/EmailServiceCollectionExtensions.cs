using Campus.Application.Email;
using Campus.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Campus.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>The outbox dispatcher, the send and sweep jobs, and SMTP (or the pickup folder when <c>Smtp:Host</c> is empty).</summary>
    public static IServiceCollection AddCampusEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var smtp = SmtpSettings.Read(configuration);
        services.AddSingleton(smtp);
        services.AddSingleton(EmailSettings.Read(configuration));
        services.AddSingleton(new MailPickupFolder(Path.Combine(StoragePaths.DataFolder(configuration, environment), "mail-pickup")));
        if (smtp.IsConfigured)
        {
            services.AddSingleton<SmtpConnectionPool>();
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, PickupFolderMailTransport>();
        }

        services.AddScoped<IOutboxDispatcher, HangfireOutboxDispatcher>();
        services.AddScoped<OutboxSendJob>();
        services.AddScoped<OutboxSweepJob>();
        services.AddHostedService<OutboxSchedule>();
        return services;
    }
}
