using Campus.Application.Plugins;
using Campus.Application.Students;
using Campus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Campus.Web.Pages.Students;

/// <summary>A student's overview. The central access check has run before this page is reached.</summary>
public sealed class OverviewModel(StudentOverviewQuery overview, StudentCards cards) : PageModel
{
    public StudentOverview Student { get; private set; } = null!;

    public IReadOnlyList<StudentCard> Cards { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int studentId, CancellationToken cancellationToken)
    {
        if (await overview.RunAsync(studentId, cancellationToken) is not { } student)
        {
            return NotFound();
        }

        Student = student;
        Cards = await cards.ForStudentAsync(studentId, cancellationToken);
        return Page();
    }
}
