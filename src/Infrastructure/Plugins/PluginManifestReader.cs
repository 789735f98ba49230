using System.Text.Json;
using Campus.Application.Plugins;

namespace Campus.Infrastructure.Plugins;

/// <summary>Reads and checks a plugin.json. Throws <see cref="PluginRejectedException"/> with a reason a person can act on.</summary>
public static class PluginManifestReader
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static PluginManifest Read(string pluginFolder)
    {
        var path = Path.Combine(pluginFolder, FileName);
        if (!File.Exists(path))
        {
            throw new PluginRejectedException($"{FileName} is missing.");
        }

        ManifestFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new PluginRejectedException($"{FileName} is not valid JSON: {ex.Message}");
        }

        if (file is null)
        {
            throw new PluginRejectedException($"{FileName} is empty.");
        }

        var missing = new[] { ("id", file.Id), ("name", file.Name), ("version", file.Version), ("assembly", file.Assembly), ("hostApi", file.HostApi) }
            .Where(f => string.IsNullOrWhiteSpace(f.Item2))
            .Select(f => f.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            throw new PluginRejectedException($"{FileName} lacks {string.Join(", ", missing)}.");
        }

        if (file.HostApi != HostApi.Version)
        {
            throw new PluginRejectedException($"built for host API {file.HostApi}, but this host carries API {HostApi.Version}.");
        }

        if (!File.Exists(Path.Combine(pluginFolder, file.Assembly!)))
        {
            throw new PluginRejectedException($"its assembly {file.Assembly} is not in the folder.");
        }

        return new PluginManifest(file.Id!, file.Name!, file.Version!, file.Description ?? "", file.Assembly!, file.HostApi!, file.DependsOn ?? []);
    }

    private sealed record ManifestFile(string? Id, string? Name, string? Version, string? Description, string? Assembly, string? HostApi, string[]? DependsOn);
}
