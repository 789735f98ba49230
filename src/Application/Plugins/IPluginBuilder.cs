using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campus.Application.Plugins;

/// <summary>What a plugin may add to the host. Everything is registered at start-up.</summary>
public interface IPluginBuilder
{
    PluginManifest Manifest { get; }

    IServiceCollection Services { get; }

    /// <summary>
    /// Registers the plugin's DbContext, resolvable as <typeparamref name="TContext"/>. Each provider has a
    /// subclass that carries that provider's migrations; the host picks one, gives the plugin its own migrations
    /// history table and migrates it at start-up.
    /// </summary>
    void AddDbContext<TContext, TSqliteContext, TSqlServerContext>()
        where TContext : DbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext;

    /// <summary>A tab on the student pages, at /students/{studentId}/{path}.</summary>
    void AddStudentTab(StudentTab tab);

    /// <summary>A card on the student overview.</summary>
    void AddStudentCard<TProvider>() where TProvider : class, IStudentCardProvider;

    /// <summary>Demo rows, written after the core demo district on first start in development.</summary>
    void AddDemoData<TSeeder>() where TSeeder : class, IDemoDataSeeder;

    /// <summary>A kind of change request parents may submit and staff review, beside the core kinds.</summary>
    void AddChangeRequestKind<TKind>() where TKind : class, ChangeRequests.IChangeRequestKind;

    /// <summary>A background job run on a cron schedule (UTC).</summary>
    void AddRecurringJob<TJob>(string name, string cronExpression) where TJob : class, IPluginJob;
}
