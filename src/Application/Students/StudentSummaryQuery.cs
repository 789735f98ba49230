using Campus.Application.Access;
using Campus.Application.Abstractions;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Students;

/// <summary>Short descriptions of students, for menus and page headers.</summary>
public sealed class StudentSummaryQuery(ICampusDbContext db, IStudentAccessPolicy access)
{
    /// <summary>The students the signed-in user may see, in name order.</summary>
    public Task<List<StudentSummary>> VisibleAsync(CancellationToken cancellationToken)
    {
        var visible = access.VisibleStudentIds();
        return Summaries(db.Students.Where(s => visible.Contains(s.Id)), cancellationToken);
    }

    public async Task<StudentSummary?> FindAsync(int studentId, CancellationToken cancellationToken) =>
        (await Summaries(db.Students.Where(s => s.Id == studentId), cancellationToken)).SingleOrDefault();

    private static async Task<List<StudentSummary>> Summaries(IQueryable<Student> students, CancellationToken cancellationToken)
    {
        var rows = await students.AsNoTracking()
            .OrderBy(s => s.LegalFirstName).ThenBy(s => s.LegalLastName)
            .Select(s => new { s.Id, s.LegalFirstName, s.LegalMiddleName, s.LegalLastName, s.GradeLevel, SchoolName = s.School!.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(s => new StudentSummary(
                s.Id,
                PersonName.Format(s.LegalFirstName, s.LegalMiddleName, s.LegalLastName),
                s.LegalFirstName,
                GradeLevel.Code(s.GradeLevel),
                s.SchoolName))
            .ToList();
    }
}
