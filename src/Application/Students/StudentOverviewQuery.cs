using Campus.Application.Abstractions;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Students;

/// <summary>
/// The student page's data. The host's central access check has already decided the caller may see the student.
/// </summary>
public sealed class StudentOverviewQuery(ICampusDbContext db, DistrictClock clock)
{
    public async Task<StudentOverview?> RunAsync(int studentId, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking()
            .Where(s => s.Id == studentId)
            .Select(s => new
            {
                s.Id, s.LegalFirstName, s.LegalMiddleName, s.LegalLastName, s.LocalStudentNumber,
                s.GradeLevel, SchoolName = s.School!.Name, s.BirthDate,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (student is null)
        {
            return null;
        }

        var today = clock.Today;
        var schedule = await db.ScheduleEntries.AsNoTracking()
            .Where(e => e.StudentId == studentId
                && e.Section!.Term!.StartDate <= today && e.Section.Term.EndDate >= today)
            .Select(e => new ScheduleRow(
                e.Section!.Term!.Name,
                e.Section.Period!.Name,
                e.Section.Period.StartTime,
                e.Section.Period.EndTime,
                e.Section.Course!.Name,
                e.Section.Teacher!.FirstName + " " + e.Section.Teacher.LastName,
                e.Section.Room!.Name))
            .ToListAsync(cancellationToken);

        var contacts = await db.EmergencyContacts.AsNoTracking()
            .Where(c => c.StudentId == studentId)
            .OrderBy(c => c.Priority)
            .Select(c => new EmergencyContactRow(c.Priority, c.FirstName + " " + c.LastName, c.Relationship, c.Phone, c.AlternatePhone))
            .ToListAsync(cancellationToken);

        return new StudentOverview(
            student.Id,
            PersonName.Format(student.LegalFirstName, student.LegalMiddleName, student.LegalLastName),
            student.LocalStudentNumber,
            GradeLevel.Code(student.GradeLevel),
            student.SchoolName,
            student.BirthDate,
            schedule.OrderBy(r => r.StartTime).ThenBy(r => r.TermName).ToList(),
            contacts);
    }
}
