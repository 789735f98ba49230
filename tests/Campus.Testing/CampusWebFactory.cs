using Campus.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Testing;

/// <summary>
/// The real Campus host on a real SQLite file in a fresh temp folder, with the real built plugins folder and the
/// demo district seeded. Dispose it to delete the folder.
/// </summary>
public class CampusWebFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Campus-Test-Password-1";
    public const int MaxFailedAccessAttempts = 3;

    public string DataPath { get; } = TestPaths.NewTempFolder("data");

    /// <summary>The plugins folder the host loads; the web project's built one unless a test gives another.</summary>
    public string PluginsPath { get; init; } = TestPaths.BuiltPluginsFolder;

    public string DatabaseFile => Path.Combine(DataPath, "campus.db");

    /// <summary>The SMTP server the host sends to; started with the host. With <see cref="UseSmtp"/> false the host has no SMTP host and writes to its pickup folder.</summary>
    public TestSmtpServer Smtp { get; } = new();

    public bool UseSmtp { get; init; } = true;

    public string MailPickupPath => Path.Combine(DataPath, "mail-pickup");

    /// <summary>Runs <paramref name="work"/> against the host's core database in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<CampusDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CampusDbContext>());
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see what the host answers.</summary>
    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Plugins:Path", PluginsPath);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Identity:MaxFailedAccessAttempts", MaxFailedAccessAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Short retries and polling, so that "SMTP down, back in two seconds" resolves within a test.
        builder.UseSetting("Email:RetryDelaysSeconds", "1,1,1,2,2,3");
        builder.UseSetting("Email:SweepAfterSeconds", "1");
        builder.UseSetting("Jobs:SchedulePollingSeconds", "1");
        builder.UseSetting("Smtp:Security", "None");
        if (UseSmtp)
        {
            Smtp.StartAsync().GetAwaiter().GetResult();
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            builder.UseSetting("Smtp:Host", "");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finalizing connection; the temp folder is cleaned by the OS.
            }
        }
    }
}
