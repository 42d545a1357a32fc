package nl.samenspraak.room.load;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The few fields of a room view ({@code RoomViews.RoomView}) the load run looks at, read with the streaming
 * parser so that 10,000+ views a second cost the client (which shares the CPU with the server) little:
 * the step's {@code nodeId} and {@code type}, the ids of {@code participants} with {@code answered: true},
 * and the {@code participantId}s of the facilitator's {@code live} answers. Everything else is skipped.
 */
record ViewFrame(String nodeId, String type, List<String> answered, List<String> live) {

    static ViewFrame parse(JsonMapper json, byte[] payload) {
        String nodeId = null;
        String type = null;
        List<String> answered = new ArrayList<>();
        List<String> live = new ArrayList<>();
        try (JsonParser p = json.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new ViewFrame(null, null, answered, live);
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("step") && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        if (field.equals("nodeId")) {
                            nodeId = p.getString();
                        } else if (field.equals("type")) {
                            type = p.getString();
                        } else {
                            p.skipChildren();
                        }
                    }
                } else if ((name.equals("participants") || name.equals("live")) && value == JsonToken.START_ARRAY) {
                    boolean participants = name.equals("participants");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String id = null;
                        boolean flag = !participants;
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String field = p.currentName();
                            p.nextToken();
                            if (participants && field.equals("id") || !participants && field.equals("participantId")) {
                                id = p.getString();
                            } else if (participants && field.equals("answered")) {
                                flag = p.getBooleanValue();
                            } else {
                                p.skipChildren();
                            }
                        }
                        if (flag && id != null) {
                            (participants ? answered : live).add(id);
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return new ViewFrame(nodeId, type, answered, live);
    }
}
