package nl.samenspraak.collaboration;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V6 on a database in the schema before rounds: every (collaboration, dialogue) with invitations or rooms gets
 * round 1, opened when its first invitation or room was, and its invitations, rooms and invited conversations
 * belong to it; anonymous conversations to none.
 */
class RoundsMigrationTest {

    @Test
    void existingInvitationsAndRoomsBecomeRoundOne() {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:mem:rounds-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        data.setUser("sa");
        Flyway.configure().dataSource(data).target("5").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(data);
        Timestamp early = Timestamp.from(Instant.parse("2024-03-01T09:00:00Z"));
        Timestamp later = Timestamp.from(Instant.parse("2024-03-05T09:00:00Z"));
        jdbc.update("insert into facilitator (id, username, display_name, password_hash, created_at) values ('f', 'f', 'F', 'x', ?)", early);
        for (String c : List.of("c1", "c2")) {
            jdbc.update("insert into collaboration (id, version, owner_id, name, description, created_at, updated_at) "
                    + "values (?, 0, 'f', ?, '', ?, ?)", c, c, early, early);
        }
        invitation(jdbc, "11111111-aaaa", "c1", "brengen-halen", later);
        invitation(jdbc, "22222222-aaaa", "c1", "brengen-halen", early);
        invitation(jdbc, "33333333-aaaa", "c1", "paradoxen", later);
        jdbc.update("insert into room (id, version, collaboration_id, dialogue_id, language, join_code, status, phase, "
                + "reveal_names, state, created_at, updated_at) values ('00000000-room', 0, 'c2', 'paradoxen', 'nl', "
                + "'ABCDEF', 'open', 'answering', true, '{}', ?, ?)", later, later);
        conversation(jdbc, "conv-invited", "c1", "22222222-aaaa", early);
        conversation(jdbc, "conv-anonymous", null, null, early);

        Flyway.configure().dataSource(data).load().migrate();

        List<Map<String, Object>> rounds = jdbc.queryForList(
                "select * from collaboration_round order by collaboration_id, dialogue_id");
        assertThat(rounds).hasSize(3);
        assertThat(rounds).allSatisfy(r -> assertThat(r.get("number")).isEqualTo(1));
        String brengenHalen = roundOf(jdbc, "c1", "brengen-halen");
        assertThat(jdbc.queryForObject("select opened_at from collaboration_round where id = ?", Timestamp.class, brengenHalen)
                .toInstant()).as("opened when its first invitation was").isEqualTo(early.toInstant());
        assertThat(jdbc.queryForList("select round_id from invitation where dialogue_id = 'brengen-halen'", String.class))
                .containsOnly(brengenHalen);
        assertThat(jdbc.queryForObject("select round_id from invitation where id = '33333333-aaaa'", String.class))
                .isEqualTo(roundOf(jdbc, "c1", "paradoxen")).isNotEqualTo(brengenHalen);
        assertThat(jdbc.queryForObject("select round_id from room where id = '00000000-room'", String.class))
                .isEqualTo(roundOf(jdbc, "c2", "paradoxen"));
        assertThat(jdbc.queryForObject("select round_id from conversation where id = 'conv-invited'", String.class))
                .isEqualTo(brengenHalen);
        assertThat(jdbc.queryForObject("select round_id from conversation where id = 'conv-anonymous'", String.class)).isNull();
    }

    private static String roundOf(JdbcTemplate jdbc, String collaboration, String dialogue) {
        return jdbc.queryForObject("select id from collaboration_round where collaboration_id = ? and dialogue_id = ?",
                String.class, collaboration, dialogue);
    }

    private static void invitation(JdbcTemplate jdbc, String id, String collaboration, String dialogue, Timestamp at) {
        jdbc.update("insert into invitation (id, collaboration_id, token_hash, name, organisation, role, dialogue_id, "
                + "created_at, expires_at) values (?, ?, ?, 'Anna', 'Gemeente', '', ?, ?, ?)", id, collaboration, "hash-" + id,
                dialogue, at, at);
    }

    private static void conversation(JdbcTemplate jdbc, String id, String collaboration, String invitation, Timestamp at) {
        jdbc.update("insert into conversation (id, version, dialogue_id, dialogue_version, language, participant_name, "
                + "participant_organisation, token_hash, status, state, created_at, updated_at, collaboration_id, invitation_id) "
                + "values (?, 0, 'brengen-halen', 1, 'nl', 'Anna', 'Gemeente', ?, 'active', '{}', ?, ?, ?, ?)",
                id, "t-" + id, at, at, collaboration, invitation);
    }
}
