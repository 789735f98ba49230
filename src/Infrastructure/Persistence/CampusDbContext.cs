using Campus.Application.Abstractions;
using Campus.Domain.Auditing;
using Campus.Domain.ChangeRequests;
using Campus.Domain.Communication;
using Campus.Domain.Email;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Campus.Domain.Plugins;
using Campus.Domain.Scheduling;
using Campus.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Campus.Infrastructure.Persistence;

/// <summary>
/// The core database. Each provider has a subclass (<see cref="SqliteCampusDbContext"/>,
/// <see cref="SqlServerCampusDbContext"/>) that carries its own migrations; the model is the same.
/// </summary>
public abstract class CampusDbContext(DbContextOptions options)
    : IdentityDbContext<CampusUser, IdentityRole, string>(options), ICampusDbContext
{
    public DbSet<District> Districts => Set<District>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolYear> SchoolYears => Set<SchoolYear>();
    public DbSet<Term> Terms => Set<Term>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<StaffSchool> StaffSchools => Set<StaffSchool>();
    public DbSet<Student> Students => Set<Student>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<HouseholdGuardian> HouseholdGuardians => Set<HouseholdGuardian>();
    public DbSet<HouseholdStudent> HouseholdStudents => Set<HouseholdStudent>();
    public DbSet<Guardian> Guardians => Set<Guardian>();
    public DbSet<GuardianStudentLink> GuardianStudentLinks => Set<GuardianStudentLink>();
    public DbSet<EmergencyContact> EmergencyContacts => Set<EmergencyContact>();
    public DbSet<Teacher> Teachers => Set<Teacher>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Period> Periods => Set<Period>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<ScheduleEntry> ScheduleEntries => Set<ScheduleEntry>();
    public DbSet<CalendarEvent> CalendarEvents => Set<CalendarEvent>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<TeacherMessage> TeacherMessages => Set<TeacherMessage>();
    public DbSet<MessageReceipt> MessageReceipts => Set<MessageReceipt>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PluginSetting> PluginSettings => Set<PluginSetting>();
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();
    public DbSet<ChangeRequestField> ChangeRequestFields => Set<ChangeRequestField>();
    public DbSet<ChangeRequestSchool> ChangeRequestSchools => Set<ChangeRequestSchool>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CampusDbContext).Assembly, t => t.Namespace == typeof(CampusDbContext).Namespace + ".Configurations");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<string>().HaveMaxLength(256);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
