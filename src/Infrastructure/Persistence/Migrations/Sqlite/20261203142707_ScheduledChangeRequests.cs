using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campus.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScheduledChangeRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AppliedAtUtc",
                table: "ChangeRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_AppliedAtUtc_EffectiveDate",
                table: "ChangeRequests",
                columns: new[] { "AppliedAtUtc", "EffectiveDate" });

            // Requests approved before this column existed were applied when they were decided.
            migrationBuilder.Sql("UPDATE ChangeRequests SET AppliedAtUtc = DecidedAtUtc WHERE Status IN (1, 2);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChangeRequests_AppliedAtUtc_EffectiveDate",
                table: "ChangeRequests");

            migrationBuilder.DropColumn(
                name: "AppliedAtUtc",
                table: "ChangeRequests");
        }
    }
}
