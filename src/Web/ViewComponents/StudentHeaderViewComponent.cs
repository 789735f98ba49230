using Campus.Application.Students;
using Campus.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Campus.Web.ViewComponents;

/// <summary>The student's name, grade, school and tabs, shown by the layout on every page under /students/{studentId}.</summary>
public sealed class StudentHeaderViewComponent(StudentSummaryQuery students, StudentTabs tabs) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int studentId)
    {
        var student = await students.FindAsync(studentId, HttpContext.RequestAborted);
        if (student is null)
        {
            return Content(string.Empty);
        }

        var links = await tabs.ForStudentAsync(studentId, HttpContext.RequestAborted);
        return View(new StudentHeaderModel(student, links, HttpContext.Request.Path));
    }
}

public sealed record StudentHeaderModel(StudentSummary Student, IReadOnlyList<StudentTabLink> Tabs, PathString CurrentPath);
