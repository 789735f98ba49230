using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Campus.Web.Tests;

/// <summary>Every string the host looks up has an English entry, so that translations have something to follow.</summary>
public sealed partial class LocalizationTests
{
    [Fact]
    public void Every_looked_up_string_is_in_the_english_resources()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Web");
        var resx = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.resx"));
        var keys = resx.Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();

        var missing = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml") || f.EndsWith(".cs")) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => LookupPattern().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: (m.Groups[1].Success ? m.Groups[1] : m.Groups[2]).Value.Replace("\\\"", "\""))))
            .Where(x => !keys.Contains(x.Key))
            .Select(x => $"{x.File}: {x.Key}")
            .ToList();

        Assert.True(missing.Count == 0, "Missing from SharedResource.resx (run scripts/sync-resx.py):\n" + string.Join("\n", missing));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Campus.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Campus.sln not found above the test folder.");
    }

    [GeneratedRegex(@"\b(?:T|text)\[""((?:[^""\\]|\\.)+)""|(?:ErrorMessage|Name) = ""((?:[^""\\]|\\.)+)""")]
    private static partial Regex LookupPattern();
}
