using Campus.Application.Plugins;
using Microsoft.Extensions.Localization;

namespace Campus.Plugins.Locker;

/// <summary>The locker card on the student overview; no card when the student has no locker this year.</summary>
public sealed class LockerCardProvider(StudentLockerQuery query, IStringLocalizer<LockerText> text) : IStudentCardProvider
{
    public async Task<StudentCard?> GetCardAsync(int studentId, CancellationToken cancellationToken)
    {
        var locker = await query.FindCurrentAsync(studentId, cancellationToken);
        if (locker is null)
        {
            return null;
        }

        return new StudentCard(
            text["CardTitle"],
            [new StudentCardLine(text["NumberLabel"], locker.Number), new StudentCardLine(text["LocationLabel"], locker.Location)],
            LinkPath: "locker",
            LinkText: text["ViewLocker"]);
    }
}
