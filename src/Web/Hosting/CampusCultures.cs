using System.Globalization;

namespace Campus.Web.Hosting;

public static class CampusCultures
{
    public static readonly CultureInfo[] All = [new("en"), new("es")];

    /// <summary>The supported culture closest to a guardian's preferred language; English otherwise.</summary>
    public static string Supported(string? preferred) =>
        All.Select(c => c.Name).FirstOrDefault(n => string.Equals(n, preferred?.Split('-')[0], StringComparison.OrdinalIgnoreCase)) ?? "en";
}
