using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Campus.Infrastructure.Persistence;

public static class StoragePaths
{
    /// <summary><c>Storage:DataPath</c>, relative to the content root unless absolute; "data" by default. Created if missing.</summary>
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = Path.GetFullPath(configuration["Storage:DataPath"] ?? "data", environment.ContentRootPath);
        Directory.CreateDirectory(path);
        return path;
    }
}
