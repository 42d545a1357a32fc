package nl.samenspraak.summary;

import org.springframework.data.repository.ListCrudRepository;

interface SummaryReviewRepository extends ListCrudRepository<SummaryReview, String> {
}
