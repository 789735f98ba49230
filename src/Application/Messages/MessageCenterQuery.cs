using Campus.Application.Access;
using Campus.Application.Abstractions;
using Campus.Domain.Communication;
using Microsoft.EntityFrameworkCore;

namespace Campus.Application.Messages;

/// <summary>
/// The landing page's list: current district announcements, announcements of the schools the user's students
/// attend, and teacher messages about those students; unread first, newest first.
/// </summary>
public sealed class MessageCenterQuery(ICampusDbContext db, ICurrentUser user, IStudentAccessPolicy access, DistrictClock clock)
{
    /// <summary>How many of the newest announcements and of the newest teacher messages the page lists.</summary>
    public const int Newest = 100;

    public async Task<IReadOnlyList<MessageCenterItem>> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var visible = access.VisibleStudentIds();
        var schoolIds = await db.Students.Where(s => visible.Contains(s.Id)).Select(s => s.SchoolId).Distinct()
            .ToListAsync(cancellationToken);
        if (user.StaffMemberId is int staffId)
        {
            schoolIds = await db.StaffSchools.Where(s => s.StaffMemberId == staffId).Select(s => s.SchoolId)
                .ToListAsync(cancellationToken);
        }

        var read = await ReadMessageKeysAsync(cancellationToken);

        var announcements = await db.Announcements.AsNoTracking()
            .Where(a => a.PublishedAtUtc <= now && (a.ExpiresAtUtc == null || a.ExpiresAtUtc > now)
                && (a.SchoolId == null || schoolIds.Contains(a.SchoolId.Value)))
            .Select(a => new
            {
                a.Id, a.Title, a.Body, a.PublishedAtUtc,
                From = a.SchoolId == null
                    ? db.Districts.Where(d => d.Id == a.DistrictId).Select(d => d.Name).First()
                    : db.Schools.Where(s => s.Id == a.SchoolId).Select(s => s.Name).First(),
            })
            .OrderByDescending(a => a.PublishedAtUtc)
            .Take(Newest)
            .ToListAsync(cancellationToken);

        var teacherMessages = user.GuardianId is null
            ? []
            : await db.TeacherMessages.AsNoTracking()
                .Where(m => visible.Contains(m.StudentId) && m.SentAtUtc <= now)
                .Select(m => new
                {
                    m.Id, m.Subject, m.Body, m.SentAtUtc,
                    Teacher = m.Teacher!.FirstName + " " + m.Teacher.LastName,
                    Student = db.Students.Where(s => s.Id == m.StudentId).Select(s => s.LegalFirstName + " " + s.LegalLastName).First(),
                })
                .OrderByDescending(m => m.SentAtUtc)
                .Take(Newest)
                .ToListAsync(cancellationToken);

        return announcements
            .Select(a => new MessageCenterItem(MessageKind.Announcement, a.Id, a.Title, a.Body, a.From, null, a.PublishedAtUtc,
                read.Contains((MessageKind.Announcement, a.Id))))
            .Concat(teacherMessages.Select(m => new MessageCenterItem(MessageKind.TeacherMessage, m.Id, m.Subject, m.Body, m.Teacher, m.Student,
                m.SentAtUtc, read.Contains((MessageKind.TeacherMessage, m.Id)))))
            .OrderBy(i => i.IsRead)
            .ThenByDescending(i => i.SentAtUtc)
            .ToList();
    }

    private async Task<HashSet<(MessageKind, int)>> ReadMessageKeysAsync(CancellationToken cancellationToken)
    {
        if (user.GuardianId is not int guardianId)
        {
            return [];
        }

        var receipts = await db.MessageReceipts.AsNoTracking()
            .Where(r => r.GuardianId == guardianId)
            .Select(r => new { r.Kind, r.MessageId })
            .ToListAsync(cancellationToken);
        return receipts.Select(r => (r.Kind, r.MessageId)).ToHashSet();
    }
}
