using Campus.Domain.Auditing;
using Campus.Domain.ChangeRequests;
using Campus.Domain.Communication;
using Campus.Domain.Email;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Campus.Domain.Plugins;
using Campus.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Campus.Application.Abstractions;

/// <summary>The core data the use cases read and write; Infrastructure's DbContext implements it.</summary>
public interface ICampusDbContext
{
    DbSet<District> Districts { get; }
    DbSet<School> Schools { get; }
    DbSet<SchoolYear> SchoolYears { get; }
    DbSet<Term> Terms { get; }
    DbSet<StaffMember> StaffMembers { get; }
    DbSet<StaffSchool> StaffSchools { get; }
    DbSet<Student> Students { get; }
    DbSet<Household> Households { get; }
    DbSet<HouseholdGuardian> HouseholdGuardians { get; }
    DbSet<HouseholdStudent> HouseholdStudents { get; }
    DbSet<Guardian> Guardians { get; }
    DbSet<GuardianStudentLink> GuardianStudentLinks { get; }
    DbSet<EmergencyContact> EmergencyContacts { get; }
    DbSet<Teacher> Teachers { get; }
    DbSet<Course> Courses { get; }
    DbSet<Period> Periods { get; }
    DbSet<Room> Rooms { get; }
    DbSet<Section> Sections { get; }
    DbSet<ScheduleEntry> ScheduleEntries { get; }
    DbSet<CalendarEvent> CalendarEvents { get; }
    DbSet<Announcement> Announcements { get; }
    DbSet<TeacherMessage> TeacherMessages { get; }
    DbSet<MessageReceipt> MessageReceipts { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<PluginSetting> PluginSettings { get; }
    DbSet<ChangeRequest> ChangeRequests { get; }
    DbSet<ChangeRequestField> ChangeRequestFields { get; }
    DbSet<ChangeRequestSchool> ChangeRequestSchools { get; }
    DbSet<OutboxMessage> OutboxMessages { get; }

    /// <summary>For transactions that must cover several saves (approval: the change, its audit rows and its emails).</summary>
    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
