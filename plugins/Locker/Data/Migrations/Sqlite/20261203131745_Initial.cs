using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campus.Plugins.Locker.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Locker_Lockers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Combination = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locker_Lockers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Locker_Assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LockerId = table.Column<int>(type: "INTEGER", nullable: false),
                    StudentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolYearId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locker_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Locker_Assignments_Locker_Lockers_LockerId",
                        column: x => x.LockerId,
                        principalTable: "Locker_Lockers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Locker_Assignments_LockerId_SchoolYearId",
                table: "Locker_Assignments",
                columns: new[] { "LockerId", "SchoolYearId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Locker_Assignments_StudentId_SchoolYearId",
                table: "Locker_Assignments",
                columns: new[] { "StudentId", "SchoolYearId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Locker_Lockers_SchoolId_Number",
                table: "Locker_Lockers",
                columns: new[] { "SchoolId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Locker_Assignments");

            migrationBuilder.DropTable(
                name: "Locker_Lockers");
        }
    }
}
