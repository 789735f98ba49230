using System.Globalization;
using Campus.Application.Abstractions;
using Campus.Domain.ChangeRequests;
using Campus.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests.Kinds;

public sealed class StudentDemographicsKind(ICampusDbContext db, DistrictClock clock) : IChangeRequestKind
{
    private static readonly FieldOption[] GenderOptions =
    [
        new(nameof(Gender.Female), "Female"),
        new(nameof(Gender.Male), "Male"),
        new(nameof(Gender.NonBinary), "Non-binary"),
        new(nameof(Gender.NotSpecified), "Prefer not to say"),
    ];

    public string Key => "student-demographics";
    public string TitleKey => "Student name, birthday and gender";
    public Type ResourceSource => typeof(CoreKindText);
    public ChangeRequestTarget Target => ChangeRequestTarget.Student;
    public bool AsksEffectiveDate => false;

    public async Task<IReadOnlyList<ChangeRequestFieldDefinition>?> FormAsync(int targetId, CancellationToken cancellationToken)
    {
        var s = await db.Students.AsNoTracking().FirstOrDefaultAsync(x => x.Id == targetId, cancellationToken);
        if (s is null)
        {
            return null;
        }

        return
        [
            new("LegalFirstName", "Legal first name", FieldInput.Text, s.LegalFirstName, Required: true),
            new("LegalMiddleName", "Legal middle name", FieldInput.Text, s.LegalMiddleName),
            new("LegalLastName", "Legal last name", FieldInput.Text, s.LegalLastName, Required: true),
            new("BirthDate", "Birth date", FieldInput.Date, s.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Required: true),
            new("Gender", "Gender", FieldInput.Choice, s.Gender.ToString(), Required: true, Options: GenderOptions),
        ];
    }

    public (string? Value, string? ErrorKey) Normalize(string field, string? requested, IReadOnlyDictionary<string, string?> allRequested) => field switch
    {
        "LegalFirstName" => FieldRules.PersonName(requested, required: true),
        "LegalMiddleName" => FieldRules.PersonName(requested, required: false),
        "LegalLastName" => FieldRules.PersonName(requested, required: true),
        "BirthDate" => FieldRules.BirthDate(requested, clock.Today),
        "Gender" => FieldRules.Choice(requested, GenderOptions.Select(o => o.Value)),
        _ => (requested, FieldMessages.Choice),
    };

    public async Task ApplyAsync(ChangeRequest request, IReadOnlyList<ChangeRequestField> accepted, CancellationToken cancellationToken)
    {
        var student = await db.Students.FirstAsync(s => s.Id == request.StudentId, cancellationToken);
        foreach (var field in accepted)
        {
            var value = field.RequestedValue;
            switch (field.Field)
            {
                case "LegalFirstName": student.LegalFirstName = value!; break;
                case "LegalMiddleName": student.LegalMiddleName = value; break;
                case "LegalLastName": student.LegalLastName = value!; break;
                case "BirthDate": student.BirthDate = DateOnly.ParseExact(value!, "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
                case "Gender": student.Gender = Enum.Parse<Gender>(value!); break;
            }
        }
    }
}
