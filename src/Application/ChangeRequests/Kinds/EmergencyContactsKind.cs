using System.Globalization;
using Campus.Application.Abstractions;
using Campus.Domain.ChangeRequests;
using Campus.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.ChangeRequests.Kinds;

/// <summary>
/// A student's emergency contacts: edit, remove, reorder, or add one. Fields are named
/// <c>contact:{id}:{Part}</c> for an existing contact and <c>new:1:{Part}</c> for the one being added.
/// </summary>
public sealed class EmergencyContactsKind(ICampusDbContext db) : IChangeRequestKind
{
    private const string NewPrefix = "new:1:";
    private static readonly string[] NewContactRequiredParts = ["FirstName", "LastName", "Relationship", "Phone"];

    public string Key => "emergency-contacts";
    public string TitleKey => "Emergency contacts";
    public Type ResourceSource => typeof(CoreKindText);
    public ChangeRequestTarget Target => ChangeRequestTarget.Student;
    public bool AsksEffectiveDate => false;

    public async Task<IReadOnlyList<ChangeRequestFieldDefinition>?> FormAsync(int targetId, CancellationToken cancellationToken)
    {
        if (!await db.Students.AnyAsync(s => s.Id == targetId, cancellationToken))
        {
            return null;
        }

        var contacts = await db.EmergencyContacts.AsNoTracking().Where(c => c.StudentId == targetId).OrderBy(c => c.Priority).ToListAsync(cancellationToken);
        var fields = new List<ChangeRequestFieldDefinition>();
        foreach (var c in contacts)
        {
            var prefix = $"contact:{c.Id}:";
            var group = c.FullName;
            fields.Add(new(prefix + "FirstName", "First name", FieldInput.Text, c.FirstName, Required: true, Group: group));
            fields.Add(new(prefix + "LastName", "Last name", FieldInput.Text, c.LastName, Required: true, Group: group));
            fields.Add(new(prefix + "Relationship", "Relationship", FieldInput.Text, c.Relationship, Required: true, Group: group));
            fields.Add(new(prefix + "Phone", "Phone", FieldInput.Telephone, c.Phone, Required: true, Group: group, AutoComplete: "off"));
            fields.Add(new(prefix + "AlternatePhone", "Other phone", FieldInput.Telephone, c.AlternatePhone, Group: group, AutoComplete: "off"));
            fields.Add(new(prefix + "Priority", "Call order", FieldInput.Number, c.Priority.ToString(CultureInfo.InvariantCulture), Required: true, Group: group));
            fields.Add(new(prefix + "Remove", "Remove this contact", FieldInput.Checkbox, "false", Group: group));
        }

        const string newGroup = "";
        fields.Add(new(NewPrefix + "FirstName", "New contact: first name", FieldInput.Text, null, Group: newGroup));
        fields.Add(new(NewPrefix + "LastName", "New contact: last name", FieldInput.Text, null, Group: newGroup));
        fields.Add(new(NewPrefix + "Relationship", "New contact: relationship", FieldInput.Text, null, Group: newGroup));
        fields.Add(new(NewPrefix + "Phone", "New contact: phone", FieldInput.Telephone, null, Group: newGroup, AutoComplete: "off"));
        fields.Add(new(NewPrefix + "AlternatePhone", "New contact: other phone", FieldInput.Telephone, null, Group: newGroup, AutoComplete: "off"));
        fields.Add(new(NewPrefix + "Priority", "New contact: call order", FieldInput.Number, null, Group: newGroup));
        return fields;
    }

    public (string? Value, string? ErrorKey) Normalize(string field, string? requested, IReadOnlyDictionary<string, string?> allRequested)
    {
        var (prefix, part) = Split(field);
        if (part == "Remove")
        {
            return (requested is "true" or "on" ? "true" : "false", null);
        }

        var isNew = prefix == NewPrefix;
        if (isNew && NewContactRequiredParts.Concat(["AlternatePhone", "Priority"]).All(p => string.IsNullOrWhiteSpace(allRequested.GetValueOrDefault(NewPrefix + p))))
        {
            return (null, null);
        }

        if (!isNew && allRequested.GetValueOrDefault(prefix + "Remove") is "true" or "on")
        {
            return FieldRules.Text(requested, required: false);
        }

        return part switch
        {
            "FirstName" or "LastName" => FieldRules.PersonName(requested, required: true),
            "Relationship" => FieldRules.Text(requested, required: true, 64),
            "Phone" => FieldRules.Phone(requested, required: true),
            "AlternatePhone" => FieldRules.Phone(requested, required: false),
            "Priority" => Priority(requested, required: !isNew),
            _ => (requested, FieldMessages.Choice),
        };
    }

    public async Task ApplyAsync(ChangeRequest request, IReadOnlyList<ChangeRequestField> accepted, CancellationToken cancellationToken)
    {
        var studentId = request.StudentId!.Value;
        var contacts = await db.EmergencyContacts.Where(c => c.StudentId == studentId).ToListAsync(cancellationToken);
        foreach (var group in accepted.GroupBy(f => Split(f.Field).Prefix))
        {
            var parts = group.ToDictionary(f => Split(f.Field).Part, f => f.RequestedValue);
            if (group.Key == NewPrefix)
            {
                // A new contact is added only when everything needed to call them was accepted.
                if (NewContactRequiredParts.All(parts.ContainsKey))
                {
                    db.EmergencyContacts.Add(new EmergencyContact
                    {
                        StudentId = studentId,
                        FirstName = parts["FirstName"]!,
                        LastName = parts["LastName"]!,
                        Relationship = parts["Relationship"]!,
                        Phone = parts["Phone"]!,
                        AlternatePhone = parts.GetValueOrDefault("AlternatePhone"),
                        Priority = parts.TryGetValue("Priority", out var p) && p is not null
                            ? int.Parse(p, CultureInfo.InvariantCulture)
                            : contacts.Select(c => c.Priority).DefaultIfEmpty(0).Max() + 1,
                    });
                }

                continue;
            }

            var id = int.Parse(group.Key.Split(':')[1], CultureInfo.InvariantCulture);
            var contact = contacts.FirstOrDefault(c => c.Id == id);
            if (contact is null)
            {
                continue; // Removed by staff since; nothing to change.
            }

            if (parts.GetValueOrDefault("Remove") == "true")
            {
                db.EmergencyContacts.Remove(contact);
                continue;
            }

            foreach (var (part, value) in parts)
            {
                switch (part)
                {
                    case "FirstName": contact.FirstName = value!; break;
                    case "LastName": contact.LastName = value!; break;
                    case "Relationship": contact.Relationship = value!; break;
                    case "Phone": contact.Phone = value!; break;
                    case "AlternatePhone": contact.AlternatePhone = value; break;
                    case "Priority": contact.Priority = int.Parse(value!, CultureInfo.InvariantCulture); break;
                }
            }
        }
    }

    private static (string? Value, string? ErrorKey) Priority(string? requested, bool required)
    {
        var (text, error) = FieldRules.Text(requested, required, 2);
        if (error is not null || text is null)
        {
            return (text, error);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 9
            ? (value.ToString(CultureInfo.InvariantCulture), null)
            : (text, FieldMessages.Priority);
    }

    private static (string Prefix, string Part) Split(string field)
    {
        var last = field.LastIndexOf(':');
        return (field[..(last + 1)], field[(last + 1)..]);
    }
}
