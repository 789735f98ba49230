using System.Globalization;
using Campus.Application.Abstractions;
using Campus.Application.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Campus.Web.Pages;

/// <summary>The family's calendar: district events and those of their students' schools, by month or as a list.</summary>
public sealed class CalendarModel(CalendarQuery calendar, DistrictClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public bool IsListView => string.Equals(View, "list", StringComparison.OrdinalIgnoreCase);

    public DateOnly FirstOfMonth { get; private set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<CalendarEntry> Events { get; private set; } = [];

    /// <summary>The weeks shown in the month grid, Sunday first, padded with the neighbouring months' days.</summary>
    public IReadOnlyList<DateOnly[]> Weeks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today;
        FirstOfMonth = DateOnly.TryParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : new DateOnly(Today.Year, Today.Month, 1);
        var gridStart = FirstOfMonth.AddDays(-(int)FirstOfMonth.DayOfWeek);
        var lastOfMonth = FirstOfMonth.AddMonths(1).AddDays(-1);
        var gridEnd = lastOfMonth.AddDays(6 - (int)lastOfMonth.DayOfWeek);
        Weeks = Enumerable.Range(0, (gridEnd.DayNumber - gridStart.DayNumber + 1) / 7)
            .Select(w => Enumerable.Range(0, 7).Select(d => gridStart.AddDays((w * 7) + d)).ToArray())
            .ToList();
        Events = await calendar.RunAsync(IsListView ? FirstOfMonth : gridStart, IsListView ? lastOfMonth : gridEnd, cancellationToken);
    }

    public IEnumerable<CalendarEntry> On(DateOnly day) => Events.Where(e => e.FirstDay <= day && e.LastDay >= day);

    public string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
