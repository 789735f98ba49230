using Campus.Application.Access;
using Campus.Application.Abstractions;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Families;

/// <summary>
/// The households of the signed-in guardian: address, home phone, the guardians living there and the students
/// (siblings) living there. A student of two households shows in both.
/// </summary>
public sealed class FamilyQuery(ICampusDbContext db, ICurrentUser user, IStudentAccessPolicy access)
{
    public async Task<FamilyView> RunAsync(CancellationToken cancellationToken)
    {
        if (user.GuardianId is not int guardianId)
        {
            return new FamilyView([]);
        }

        var households = await db.Households.AsNoTracking()
            .Where(h => h.Guardians.Any(g => g.GuardianId == guardianId))
            .OrderBy(h => h.Name)
            .Select(h => new
            {
                h.Id, h.Name, h.Address, h.HomePhone,
                Guardians = h.Guardians.Select(g => g.Guardian!).OrderBy(g => g.LastName).ThenBy(g => g.FirstName)
                    .Select(g => new GuardianView(g.Id, g.FirstName + " " + g.LastName, g.CellPhone, g.WorkPhone, g.Email)).ToList(),
                Students = h.Students.Select(s => s.Student!).OrderBy(s => s.LegalFirstName)
                    .Select(s => new { s.Id, s.LegalFirstName, s.LegalMiddleName, s.LegalLastName, s.GradeLevel, SchoolName = s.School!.Name })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        var visible = (await access.VisibleStudentIds().ToListAsync(cancellationToken)).ToHashSet();
        return new FamilyView(households.Select(h => new HouseholdView(
                h.Id, h.Name, h.Address.Street, h.Address.Line2, h.Address.City, h.Address.State, h.Address.PostalCode, h.HomePhone,
                h.Guardians,
                h.Students.Select(s => new HouseholdStudentView(
                    s.Id,
                    PersonName.Format(s.LegalFirstName, s.LegalMiddleName, s.LegalLastName),
                    GradeLevel.Code(s.GradeLevel),
                    s.SchoolName,
                    visible.Contains(s.Id))).ToList()))
            .ToList());
    }
}
