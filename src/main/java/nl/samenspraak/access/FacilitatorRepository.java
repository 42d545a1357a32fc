package nl.samenspraak.access;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface FacilitatorRepository extends ListCrudRepository<Facilitator, String> {

    Optional<Facilitator> findByUsername(String username);
}
