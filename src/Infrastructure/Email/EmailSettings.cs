using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Campus.Infrastructure.Email;

/// <summary>The <c>Email:*</c> settings: retry backoff and when the sweep treats a row as lost.</summary>
public sealed class EmailSettings
{
    /// <summary>The wait before each retry of a transient failure; a row fails for good after the last one.</summary>
    public required IReadOnlyList<TimeSpan> RetryDelays { get; init; }

    /// <summary>A pending row never dispatched this long after it was written is handed to a send job by the sweep.</summary>
    public required TimeSpan SweepAfter { get; init; }

    /// <summary>
    /// A row dispatched or claimed this long ago and still not done is presumed lost (its job died with a process or an
    /// in-memory queue) and is dispatched again. Longer than the longest retry delay, so that the sweep never cuts a backoff short.
    /// </summary>
    public required TimeSpan RedispatchAfter { get; init; }

    public int MaxAttempts => RetryDelays.Count + 1;

    public static EmailSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("Email");
        var delays = (section["RetryDelaysSeconds"] ?? "10,30,60,300,900,3600")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture)))
            .ToList();
        var longest = delays.Count == 0 ? TimeSpan.Zero : delays.Max();
        return new EmailSettings
        {
            RetryDelays = delays,
            SweepAfter = TimeSpan.FromSeconds(section.GetValue("SweepAfterSeconds", 60)),
            RedispatchAfter = TimeSpan.FromSeconds(section.GetValue("RedispatchAfterSeconds", longest.TotalSeconds + 600)),
        };
    }
}
