namespace Campus.Application.Plugins;

public interface IDemoDataSeeder
{
    /// <summary>Adds the plugin's demo rows. Runs once, after the core demo district exists. Must be deterministic.</summary>
    Task SeedAsync(CancellationToken cancellationToken);
}
