using System.Globalization;
using Campus.Application.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Campus.Plugins.Locker.Areas.Locker.Pages;

/// <summary>
/// A student's locker. The host's central check has already allowed the caller to see the student; this page
/// reads only rows of the student in the route. The combination is sent only after an audited request for it.
/// </summary>
public sealed class LockerModel(StudentLockerQuery query, IAuditLog audit) : PageModel
{
    public StudentLocker? Locker { get; private set; }

    public bool CombinationShown { get; private set; }

    public async Task<IActionResult> OnGetAsync(int studentId, CancellationToken cancellationToken)
    {
        if (!await query.StudentExistsAsync(studentId, cancellationToken))
        {
            return NotFound();
        }

        Locker = await query.FindCurrentAsync(studentId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevealAsync(int studentId, CancellationToken cancellationToken)
    {
        if (!await query.StudentExistsAsync(studentId, cancellationToken))
        {
            return NotFound();
        }

        Locker = await query.FindCurrentAsync(studentId, cancellationToken);
        if (Locker is not null)
        {
            await audit.WriteAsync(
                LockerAuditActions.CombinationRevealed,
                "Student",
                studentId.ToString(CultureInfo.InvariantCulture),
                $"Locker {Locker.Number}, {Locker.SchoolYearName}",
                cancellationToken);
            CombinationShown = true;
        }

        return Page();
    }
}
