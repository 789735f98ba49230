using Campus.Domain.Communication;

namespace Campus.Application.Calendar;

/// <summary>An event in the district's local time; <see cref="LastDay"/> is inclusive.</summary>
public sealed record CalendarEntry(
    int Id,
    string Title,
    CalendarCategory Category,
    bool IsAllDay,
    DateTime StartsAtLocal,
    DateTime EndsAtLocal,
    DateOnly FirstDay,
    DateOnly LastDay,
    string Where);
