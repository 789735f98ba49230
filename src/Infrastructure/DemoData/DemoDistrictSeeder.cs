using Bogus;
using Campus.Application.Abstractions;
using Campus.Domain.Communication;
using Campus.Domain.Organization;
using Campus.Domain.People;
using Campus.Domain.Scheduling;
using Campus.Infrastructure.Identity;
using Campus.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Campus.Infrastructure.DemoData;

/// <summary>
/// Writes a deterministic demo district: the same names, numbers and links on every machine (Bogus with a fixed
/// seed); dates are laid around today so that schedules, calendars and messages are current.
/// </summary>
public sealed class DemoDistrictSeeder(
    CampusDbContext db,
    UserManager<CampusUser> users,
    DistrictClock clock,
    IConfiguration configuration,
    ILogger<DemoDistrictSeeder> logger)
{
    private const int Seed = 20260817;
    private const int GeneratedHouseholds = 44;

    private static readonly string[] CourseNamesElementary = ["Reading", "Mathematics", "Science", "Social Studies", "Art", "Physical Education"];
    private static readonly string[] CourseNamesMiddle = ["English 7", "Pre-Algebra", "Life Science", "World History", "Spanish I", "Band"];
    private static readonly string[] CourseNamesHigh = ["English 10", "Geometry", "Biology", "US History", "Chemistry", "Computer Science"];

    private static readonly string[] SchoolNews =
    [
        "Picture retakes are on Thursday in the library. Order forms went home in backpacks.",
        "The book fair opens Monday. Volunteers are welcome; sign up at the front office.",
        "Please label coats and water bottles. The lost-and-found table is by the gym.",
        "Conferences are next month. Teachers will send sign-up times by email.",
    ];

    private static readonly string[] TeacherNotes =
    [
        "Thank you for your help with homework this week; it shows in class.",
        "One assignment is still missing. It can be turned in until Friday.",
        "Please sign and return the permission slip for next week's trip.",
        "Reading logs are due Monday. Twenty minutes a night makes a big difference.",
    ];

    private readonly Faker faker = new("en") { Random = new Randomizer(Seed) };
    private int studentNumber = 100_000;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var password = configuration["Demo:Password"];
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException("Demo:Password must be set to seed the demo district.");
        }

        var today = clock.Today;
        var district = new District { Name = "Demo Unified School District" };
        var elementary = new School { District = district, Name = "Maple Elementary School", Phone = "(303) 555-0110", Grades = new GradeSpan(GradeLevel.Kindergarten, 5) };
        var middle = new School { District = district, Name = "Cedar Middle School", Phone = "(303) 555-0120", Grades = new GradeSpan(6, 8) };
        var high = new School { District = district, Name = "Summit High School", Phone = "(303) 555-0130", Grades = new GradeSpan(9, 12) };
        db.Districts.Add(district);
        db.Schools.AddRange(elementary, middle, high);
        await db.SaveChangesAsync(cancellationToken);

        var year = SchoolYearAround(district, today);
        db.SchoolYears.Add(year);
        await db.SaveChangesAsync(cancellationToken);

        var sections = new Dictionary<School, List<Section>>
        {
            [elementary] = await AddTimetableAsync(elementary, CourseNamesElementary, year, cancellationToken),
            [middle] = await AddTimetableAsync(middle, CourseNamesMiddle, year, cancellationToken),
            [high] = await AddTimetableAsync(high, CourseNamesHigh, year, cancellationToken),
        };
        var schools = new[] { elementary, middle, high };

        // The named demo families come first so that their ids are stable too.
        var rivera = AddHousehold("Rivera", addressSeed: 0);
        var parent = AddGuardian(rivera, "Alex", "Rivera", DemoAccounts.Parent);
        var sofia = AddStudent(rivera, "Sofia", "Rivera", 3, elementary);
        var mateo = AddStudent(rivera, "Mateo", "Rivera", 7, middle);
        Link(parent, sofia, Relationship.Mother, emergencyPriority: 1);
        Link(parent, mateo, Relationship.Mother, emergencyPriority: 1);

        var lee = AddHousehold("Lee", addressSeed: 1);
        var jordan = AddGuardian(lee, "Jordan", "Lee", "jordan.lee@demo.campus.test");
        db.HouseholdStudents.Add(new HouseholdStudent { Household = lee, Student = mateo });
        Link(jordan, mateo, Relationship.Father, emergencyPriority: 2);

        var nguyen = AddHousehold("Nguyen", addressSeed: 2);
        var parent2 = AddGuardian(nguyen, "Linh", "Nguyen", DemoAccounts.Parent2);
        var minh = AddStudent(nguyen, "Minh", "Nguyen", 4, elementary);
        var an = AddStudent(nguyen, "An", "Nguyen", 10, high);
        Link(parent2, minh, Relationship.Father, emergencyPriority: 1);
        Link(parent2, an, Relationship.Father, emergencyPriority: 1);

        var students = new List<Student> { sofia, mateo, minh, an };
        for (var i = 0; i < GeneratedHouseholds; i++)
        {
            var lastName = faker.Name.LastName();
            var household = AddHousehold(lastName, addressSeed: i + 3);
            var guardians = Enumerable.Range(0, faker.Random.Int(1, 2))
                .Select(_ => AddGuardian(household, faker.Name.FirstName(), lastName, email: null))
                .ToList();
            foreach (var _ in Enumerable.Range(0, faker.Random.Int(1, 3)))
            {
                var grade = faker.Random.Int(GradeLevel.Kindergarten, GradeLevel.Twelfth);
                var student = AddStudent(household, faker.Name.FirstName(), lastName, grade, schools.First(s => s.Grades.Contains(grade)));
                students.Add(student);
                for (var g = 0; g < guardians.Count; g++)
                {
                    Link(guardians[g], student, g == 0 ? Relationship.Mother : Relationship.Father, emergencyPriority: g + 1);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var student in students)
        {
            AddEmergencyContacts(student);
            foreach (var section in sections[student.School!])
            {
                db.ScheduleEntries.Add(new ScheduleEntry { StudentId = student.Id, SectionId = section.Id });
            }
        }

        AddCalendar(district, schools, today);
        AddAnnouncements(district, schools);
        await db.SaveChangesAsync(cancellationToken);
        await AddTeacherMessagesAsync(students, [sofia, mateo, minh, an], cancellationToken);

        var staffMember = new StaffMember { FirstName = "Morgan", LastName = "Ellis", Email = DemoAccounts.Staff };
        staffMember.Schools.Add(new StaffSchool { SchoolId = elementary.Id });
        db.StaffMembers.Add(staffMember);
        await db.SaveChangesAsync(cancellationToken);

        await CreateAccountAsync(DemoAccounts.Parent, password, CampusRoles.Guardian, u => u.GuardianId = parent.Id);
        await CreateAccountAsync(DemoAccounts.Parent2, password, CampusRoles.Guardian, u => u.GuardianId = parent2.Id);
        await CreateAccountAsync(DemoAccounts.Staff, password, CampusRoles.Staff, u => u.StaffMemberId = staffMember.Id);
        await CreateAccountAsync(DemoAccounts.Admin, password, CampusRoles.DistrictAdmin, _ => { });

        logger.LogInformation(
            "Seeded the demo district: {Schools} schools, {Households} households, {Students} students. Sign in as {Parent}, {Parent2}, {Staff} or {Admin} with the Demo:Password setting",
            schools.Length, GeneratedHouseholds + 3, students.Count, DemoAccounts.Parent, DemoAccounts.Parent2, DemoAccounts.Staff, DemoAccounts.Admin);
    }

    private static SchoolYear SchoolYearAround(District district, DateOnly today)
    {
        var startYear = today.Month >= 8 ? today.Year : today.Year - 1;
        var start = new DateOnly(startYear, 8, 1);
        var year = new SchoolYear { DistrictId = district.Id, Name = $"{startYear}-{(startYear + 1) % 100:00}", StartDate = start, EndDate = start.AddYears(1).AddDays(-1) };
        year.Terms.Add(new Term { Name = "Semester 1", StartDate = start, EndDate = new DateOnly(startYear + 1, 1, 15) });
        year.Terms.Add(new Term { Name = "Semester 2", StartDate = new DateOnly(startYear + 1, 1, 16), EndDate = year.EndDate });
        return year;
    }

    private async Task<List<Section>> AddTimetableAsync(School school, string[] courseNames, SchoolYear year, CancellationToken cancellationToken)
    {
        var sections = new List<Section>();
        for (var p = 0; p < courseNames.Length; p++)
        {
            var start = new TimeOnly(8, 0).AddMinutes(p * 55);
            var period = new Period { SchoolId = school.Id, Name = $"Period {p + 1}", Sequence = p + 1, StartTime = start, EndTime = start.AddMinutes(50) };
            var teacher = new Teacher { SchoolId = school.Id, FirstName = faker.Name.FirstName(), LastName = faker.Name.LastName() };
            teacher.Email = $"{teacher.FirstName}.{teacher.LastName}@demo.campus.test".ToLowerInvariant();
            var room = new Room { SchoolId = school.Id, Name = $"Room {100 + (p * 7)}" };
            var course = new Course { SchoolId = school.Id, Number = $"{school.Id}{p + 1:00}", Name = courseNames[p] };
            foreach (var term in year.Terms)
            {
                sections.Add(new Section { Course = course, Term = term, Teacher = teacher, Room = room, Period = period, SectionNumber = $"{course.Number}-{term.Name[^1]}" });
            }
        }

        db.Sections.AddRange(sections);
        await db.SaveChangesAsync(cancellationToken);
        return sections;
    }

    private Household AddHousehold(string lastName, int addressSeed)
    {
        var household = new Household
        {
            Name = $"{lastName} household",
            Address = new Address(faker.Address.StreetAddress(), addressSeed % 5 == 0 ? $"Apt {faker.Random.Int(1, 40)}" : null, "Westminster", "CO", faker.Random.ReplaceNumbers("800##")),
            HomePhone = faker.Phone.PhoneNumber("(303) 555-####"),
        };
        db.Households.Add(household);
        return household;
    }

    private Guardian AddGuardian(Household household, string firstName, string lastName, string? email)
    {
        var guardian = new Guardian
        {
            FirstName = firstName,
            LastName = lastName,
            CellPhone = faker.Phone.PhoneNumber("(720) 555-####"),
            Email = email ?? $"{firstName}.{lastName}{faker.Random.Int(1, 99)}@example.com".ToLowerInvariant(),
            PreferredLanguage = faker.Random.Bool(0.2f) ? "es" : "en",
        };
        db.HouseholdGuardians.Add(new HouseholdGuardian { Household = household, Guardian = guardian });
        return guardian;
    }

    private Student AddStudent(Household household, string firstName, string lastName, int grade, School school)
    {
        var age = grade + 6;
        var student = new Student
        {
            LocalStudentNumber = (++studentNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
            StateId = faker.Random.ReplaceNumbers("CO##########"),
            LegalFirstName = firstName,
            LegalMiddleName = faker.Random.Bool(0.5f) ? faker.Name.FirstName() : null,
            LegalLastName = lastName,
            BirthDate = DateOnly.FromDateTime(clock.LocalNow).AddYears(-age).AddDays(-faker.Random.Int(0, 364)),
            Gender = faker.PickRandom(Gender.Female, Gender.Male),
            GradeLevel = grade,
            School = school,
        };
        db.HouseholdStudents.Add(new HouseholdStudent { Household = household, Student = student });
        return student;
    }

    private void Link(Guardian guardian, Student student, Relationship relationship, int emergencyPriority) =>
        db.GuardianStudentLinks.Add(new GuardianStudentLink
        {
            Guardian = guardian,
            Student = student,
            Relationship = relationship,
            IsCustodial = true,
            HasPortalAccess = true,
            ReceivesMail = true,
            EmergencyPriority = emergencyPriority,
        });

    private void AddEmergencyContacts(Student student)
    {
        var count = faker.Random.Int(1, 3);
        for (var i = 1; i <= count; i++)
        {
            db.EmergencyContacts.Add(new EmergencyContact
            {
                StudentId = student.Id,
                FirstName = faker.Name.FirstName(),
                LastName = faker.Name.LastName(),
                Relationship = faker.PickRandom("Grandparent", "Aunt", "Uncle", "Neighbor", "Family friend"),
                Phone = faker.Phone.PhoneNumber("(720) 555-####"),
                AlternatePhone = faker.Random.Bool(0.3f) ? faker.Phone.PhoneNumber("(303) 555-####") : null,
                Priority = i,
            });
        }
    }

    private void AddCalendar(District district, School[] schools, DateOnly today)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        for (var m = -1; m <= 2; m++)
        {
            var first = monthStart.AddMonths(m);
            AddAllDay(district, null, "No School – Teacher Work Day", CalendarCategory.NoSchool, first.AddDays(4), days: 1);
            AddAllDay(district, null, "Board of Education Meeting", CalendarCategory.Event, first.AddDays(10), days: 1, startsAt: new TimeOnly(18, 30), hours: 2);
            foreach (var school in schools)
            {
                AddAllDay(district, school, "Early Release – 12:30 dismissal", CalendarCategory.EarlyRelease, first.AddDays(14 + school.Id), days: 1);
                AddAllDay(district, school, faker.PickRandom("Family Reading Night", "Science Fair", "Spring Concert", "Picture Day", "Parent–Teacher Conferences"),
                    CalendarCategory.Event, first.AddDays(18 + school.Id), days: 1, startsAt: new TimeOnly(17, 30), hours: 2);
            }
        }

        AddAllDay(district, null, "Winter Break", CalendarCategory.Holiday, new DateOnly(today.Month >= 8 ? today.Year : today.Year - 1, 12, 21), days: 12);
    }

    private void AddAllDay(District district, School? school, string title, CalendarCategory category, DateOnly day, int days, TimeOnly? startsAt = null, int hours = 0)
    {
        var timed = startsAt is not null;
        db.CalendarEvents.Add(new CalendarEvent
        {
            DistrictId = district.Id,
            SchoolId = school?.Id,
            Title = title,
            Category = category,
            IsAllDay = !timed,
            StartsAtUtc = clock.ToUtc(day, startsAt ?? TimeOnly.MinValue),
            EndsAtUtc = timed ? clock.ToUtc(day, startsAt!.Value.AddHours(hours)) : clock.ToUtc(day.AddDays(days), TimeOnly.MinValue),
        });
    }

    private void AddAnnouncements(District district, School[] schools)
    {
        var now = clock.UtcNow;
        db.Announcements.Add(new Announcement { DistrictId = district.Id, Title = "Welcome to the Campus Parent Portal", Body = "See your students' schedules, calendars and messages in one place. To update your address, phone or contacts, use Update information; school staff review every request.", PublishedAtUtc = now.AddDays(-20) });
        db.Announcements.Add(new Announcement { DistrictId = district.Id, Title = "Snow day procedures", Body = "When schools close for weather, we post here and call every household by 6:00 a.m.", PublishedAtUtc = now.AddDays(-6) });
        db.Announcements.Add(new Announcement { DistrictId = district.Id, Title = "Last year's notice", Body = "This one has expired and is not shown.", PublishedAtUtc = now.AddDays(-400), ExpiresAtUtc = now.AddDays(-300) });
        foreach (var school in schools)
        {
            db.Announcements.Add(new Announcement { DistrictId = district.Id, SchoolId = school.Id, Title = $"{school.Name}: this week", Body = faker.PickRandom(SchoolNews), PublishedAtUtc = now.AddDays(-2 - school.Id) });
        }
    }

    private async Task AddTeacherMessagesAsync(List<Student> students, Student[] namedStudents, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        foreach (var student in students)
        {
            var teachers = db.Sections.Local.Where(s => s.Course!.SchoolId == student.SchoolId).Select(s => s.Teacher!).Distinct().ToList();
            var count = namedStudents.Contains(student) ? 2 : faker.Random.Int(0, 1);
            for (var i = 0; i < count; i++)
            {
                var teacher = faker.PickRandom(teachers);
                db.TeacherMessages.Add(new TeacherMessage
                {
                    TeacherId = teacher.Id,
                    StudentId = student.Id,
                    Subject = faker.PickRandom("Great progress this week", "Missing assignment", "Field trip permission slip", "Reading log reminder", "Project due Friday"),
                    Body = $"Hello, this is {teacher.DisplayName}. " + faker.PickRandom(TeacherNotes),
                    SentAtUtc = now.AddHours(-faker.Random.Int(2, 24 * 14)),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateAccountAsync(string email, string password, string role, Action<CampusUser> link)
    {
        var user = new CampusUser { UserName = email, Email = email, EmailConfirmed = true };
        link(user);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
    }
}
