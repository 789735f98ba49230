using Campus.Application.Plugins;
using Campus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Infrastructure.Plugins;

/// <summary>The host's side of <see cref="IPluginBuilder"/>: records what one plugin registers.</summary>
internal sealed class PluginBuilder(PluginManifest manifest, IServiceCollection services, DatabaseSettings database, PluginCatalog catalog)
    : IPluginBuilder
{
    public PluginManifest Manifest => manifest;

    public IServiceCollection Services => services;

    public void AddDbContext<TContext, TSqliteContext, TSqlServerContext>()
        where TContext : DbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        var historyTable = $"__{manifest.Id}_MigrationsHistory";
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<TContext, TSqlServerContext>(o => database.Configure(o, typeof(TSqlServerContext).Assembly, historyTable));
        }
        else
        {
            services.AddDbContext<TContext, TSqliteContext>(o => database.Configure(o, typeof(TSqliteContext).Assembly, historyTable));
        }

        catalog.AddDbContext(manifest.Id, typeof(TContext));
    }

    public void AddStudentTab(StudentTab tab) => catalog.AddStudentTab(manifest.Id, tab);

    public void AddStudentCard<TProvider>() where TProvider : class, IStudentCardProvider
    {
        services.AddScoped<TProvider>();
        catalog.AddStudentCard(manifest.Id, typeof(TProvider));
    }

    public void AddDemoData<TSeeder>() where TSeeder : class, IDemoDataSeeder
    {
        services.AddScoped<TSeeder>();
        catalog.AddDemoSeeder(manifest.Id, typeof(TSeeder));
    }

    public void AddChangeRequestKind<TKind>() where TKind : class, Application.ChangeRequests.IChangeRequestKind
    {
        services.AddScoped<Application.ChangeRequests.IChangeRequestKind, TKind>();
        catalog.AddOwned(manifest.Id, typeof(TKind));
    }

    public void AddRecurringJob<TJob>(string name, string cronExpression) where TJob : class, IPluginJob
    {
        services.AddScoped<TJob>();
        catalog.AddJob(new PluginJobRegistration(manifest.Id, name, cronExpression, typeof(TJob)));
    }
}
