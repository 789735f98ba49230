using Campus.Infrastructure.Persistence;
using Campus.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCampusWeb();

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
    if (args.Contains("--migrate"))
    {
        // Production: `dotnet Campus.Web.dll --migrate` applies every migration (core and plugins) and exits.
        await initializer.MigrateAsync(CancellationToken.None);
        return;
    }

    await initializer.InitializeAsync(CancellationToken.None);
}

app.UseCampusWeb();
await app.RunAsync();

public partial class Program;
