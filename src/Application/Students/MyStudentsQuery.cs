using Campus.Application.Access;
using Campus.Application.Abstractions;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Students;

/// <summary>The students the signed-in user may see, in name order.</summary>
public sealed class MyStudentsQuery(ICampusDbContext db, IStudentAccessPolicy access)
{
    public async Task<IReadOnlyList<StudentSummary>> RunAsync(CancellationToken cancellationToken)
    {
        var visible = access.VisibleStudentIds();
        var rows = await db.Students.AsNoTracking()
            .Where(s => visible.Contains(s.Id))
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
