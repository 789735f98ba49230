using Campus.Application.Plugins;
using Campus.Plugins.Locker.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Plugins.Locker;

/// <summary>The Locker plugin's entry point.</summary>
public sealed class LockerPlugin : IPortalPlugin
{
    public void Register(IPluginBuilder builder)
    {
        builder.AddDbContext<LockerDbContext, SqliteLockerDbContext, SqlServerLockerDbContext>();
        builder.Services.AddScoped<StudentLockerQuery>();
        builder.AddStudentTab(new StudentTab("locker", "LockerTab", typeof(LockerText), Order: 50));
        builder.AddStudentCard<LockerCardProvider>();
        builder.AddDemoData<LockerDemoSeeder>();
    }
}
